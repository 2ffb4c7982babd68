<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AttachedDocuments</name>
    <message>
        <source>Documents ({patterns})</source>
        <translation>문서 ({patterns})</translation>
    </message>
    <message>
        <source>The reply will read:</source>
        <translation>응답에서 읽을 문서:</translation>
    </message>
    <message>
        <source>{path}
Click to leave it out</source>
        <translation>{path}
클릭하면 제외합니다</translation>
    </message>
    <message>
        <source>Leave out {name}</source>
        <translation>{name} 제외</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>ChatComposer</name>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>메시지 보내기 (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>응답 중지</translation>
    </message>
    <message>
        <source>Stop the reply; what it wrote so far is kept (Esc)</source>
        <translation>응답을 중지합니다. 지금까지 쓴 내용은 유지됩니다 (Esc)</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>편집 취소</translation>
    </message>
    <message>
        <source>Keep your message as it was (Esc)</source>
        <translation>메시지를 원래대로 둡니다 (Esc)</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>이미지…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>이미지 추가</translation>
    </message>
    <message>
        <source>Show the model a picture (or drop one on the chat, or paste it)</source>
        <translation>모델에게 이미지 보여 주기 (채팅에 끌어다 놓거나 붙여 넣어도 됩니다)</translation>
    </message>
    <message>
        <source>Document…</source>
        <translation>문서…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <source>Ask about a document: txt, md, pdf, docx, html (or drop one here)</source>
        <translation>문서에 대해 질문: txt, md, pdf, docx, html (여기에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>{model} 사용</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <source>Show the model a picture</source>
        <translation>모델에게 이미지 보여 주기</translation>
    </message>
    <message>
        <source>Ask about a document</source>
        <translation>문서에 대해 질문</translation>
    </message>
    <message>
        <source>This model</source>
        <translation>이 모델</translation>
    </message>
    <message>
        <source>{model} cannot see images, and no model on this computer that fits can. Discover lists vision models (Qwen2.5-VL, Gemma 3, SmolVLM…); or pair a model with its vision companion (an mmproj file) in My Models. Your pictures and text stay here.</source>
        <translation>{model}은(는) 이미지를 볼 수 없고, 이 컴퓨터에 맞는 모델 중에도 이미지를 볼 수 있는 모델이 없습니다. 탐색에서 비전 모델(Qwen2.5-VL, Gemma 3, SmolVLM…)을 찾거나, 내 모델에서 모델을 비전 보조 파일(mmproj 파일)과 연결하세요. 이미지와 텍스트는 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>{model} cannot see images. Switch to a model that can, then press Send again; your pictures and text stay here.</source>
        <translation>{model}은(는) 이미지를 볼 수 없습니다. 이미지를 볼 수 있는 모델로 바꾼 뒤 보내기를 다시 누르세요. 이미지와 텍스트는 그대로 남아 있습니다.</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <source>Precise</source>
        <translation>정확</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>균형</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>창의</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>모델 로드 중</translation>
    </message>
    <message>
        <source>Think first</source>
        <translation>먼저 생각하기</translation>
    </message>
    <message>
        <source>This model can reason step by step before it answers (slower, often better)</source>
        <translation>이 모델은 답하기 전에 단계별로 추론할 수 있습니다 (느리지만 대개 더 좋습니다)</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>스타일</translation>
    </message>
    <message>
        <source>Reply style</source>
        <translation>응답 스타일</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Show the chat options</source>
        <translation>채팅 옵션 표시</translation>
    </message>
    <message>
        <source>Ready · on {provider}</source>
        <translation>준비됨 · {provider}에서 실행</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>이 컴퓨터 밖으로 전송 → {host}</translation>
    </message>
    <message>
        <source>Your messages and the replies travel to {provider} at {host} and back. Hearth cannot tell what that computer keeps.</source>
        <translation>메시지와 응답이 {host}의 {provider}(으)로 전송되고 돌아옵니다. 그 컴퓨터가 무엇을 보관하는지 Hearth는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · sees images · loaded in {seconds} s</source>
        <translation>준비됨 · 컨텍스트 {context} 토큰 · 이미지 인식 · {seconds}초 만에 로드됨</translation>
    </message>
    <message>
        <source>Ready · {context} tokens of context · loaded in {seconds} s</source>
        <translation>준비됨 · 컨텍스트 {context} 토큰 · {seconds}초 만에 로드됨</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <source>Top-p: the model picks only among its likeliest next words that together make up this share; lower is more focused, 1 leaves every word in.</source>
        <translation>Top-p: 모델이 가능성 높은 다음 단어부터 합쳐 이 비율이 될 때까지의 단어 중에서만 고릅니다. 낮을수록 집중되며, 1이면 모든 단어를 후보로 둡니다.</translation>
    </message>
    <message>
        <source>Top-k: the model picks only among this many likeliest next words; 0 leaves every word in.</source>
        <translation>Top-k: 모델이 가능성 높은 다음 단어 중 이 개수만큼에서만 고릅니다. 0이면 모든 단어를 후보로 둡니다.</translation>
    </message>
    <message>
        <source>Min-p: leaves out words far less likely than the likeliest one (this share of its chance); higher is more focused, 0 turns it off.</source>
        <translation>Min-p: 가장 가능성 높은 단어보다 훨씬 가능성이 낮은 단어(그 확률의 이 비율 미만)를 제외합니다. 높을수록 집중되며, 0이면 꺼집니다.</translation>
    </message>
    <message>
        <source>Repeat penalty: above 1, words the reply has just used become less likely, so it repeats itself less; 1 turns it off.</source>
        <translation>반복 페널티: 1보다 크면 응답에서 방금 쓴 단어가 덜 선택되어 반복이 줄어듭니다. 1이면 꺼집니다.</translation>
    </message>
    <message>
        <source>Conversation memory: how the model keeps the conversation it has read (its KV cache). q8_0 needs about half the memory, so a long context fits where it would not; replies change very little.</source>
        <translation>대화 메모리: 모델이 읽은 대화를 보관하는 방식(KV 캐시)입니다. q8_0은 메모리가 절반 정도만 필요하므로 들어가지 않던 긴 컨텍스트도 들어갑니다. 응답은 거의 달라지지 않습니다.</translation>
    </message>
    <message>
        <source>Layers on the graphics card: how many of the model&apos;s layers run on the graphics card (faster); the rest run on the processor. Automatic puts as many as fit.</source>
        <translation>그래픽 카드 레이어: 모델의 레이어 중 몇 개를 그래픽 카드에서 실행할지 정합니다(더 빠름). 나머지는 프로세서에서 실행됩니다. 자동은 들어가는 만큼 최대한 올립니다.</translation>
    </message>
    <message>
        <source>Standard (f16)</source>
        <translation>표준 (f16)</translation>
    </message>
    <message>
        <source>Smaller, for long context (q8_0)</source>
        <translation>긴 컨텍스트용 축소 (q8_0)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
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
        <translation>반복 페널티</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>최대 응답 길이 (토큰)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>컨텍스트 (토큰)</translation>
    </message>
    <message>
        <source>Layers on the graphics card</source>
        <translation>그래픽 카드 레이어</translation>
    </message>
    <message>
        <source>Conversation memory</source>
        <translation>대화 메모리</translation>
    </message>
    <message>
        <source>System prompt: how the model should behave (optional)</source>
        <translation>시스템 프롬프트: 모델이 어떻게 행동할지 (선택 사항)</translation>
    </message>
    <message>
        <source>Speed up replies that quote the prompt</source>
        <translation>프롬프트를 인용하는 응답 가속</translation>
    </message>
    <message>
        <source>When a reply repeats words from your message or documents (a summary, a list of action items, an edited text), Hearth guesses several words at once and checks them. The reply is the same; it only arrives sooner. Hearth turns this off by itself for a model where it does not pay.</source>
        <translation>응답이 메시지나 문서의 단어를 반복할 때(요약, 할 일 목록, 편집한 텍스트 등) Hearth는 여러 단어를 한꺼번에 추측하고 확인합니다. 응답은 같고 더 빨리 도착할 뿐입니다. 효과가 없는 모델에서는 Hearth가 이 기능을 알아서 끕니다.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Cannot estimate this model&apos;s memory: {reason}</source>
        <translation>이 모델의 메모리를 추정할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Conversation memory ({kind}): {size}.</source>
        <translation>대화 메모리 ({kind}): {size}.</translation>
    </message>
    <message>
        <source>Needs about {size} with {context} context. {memory}</source>
        <translation>필요 메모리: 약 {size} (컨텍스트 {context}). {memory}</translation>
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
        <translation>이 응답이 끝날 때까지 기다리거나 중지한 뒤, 녹취록을 채팅으로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Choose a model first (the list above shows how each one fits this computer).</source>
        <translation>먼저 모델을 선택하세요 (위 목록에 각 모델이 이 컴퓨터에 얼마나 맞는지 나와 있습니다).</translation>
    </message>
    <message>
        <source>Editing your message: send it to replace it and everything after it.</source>
        <translation>메시지 편집 중: 보내면 이 메시지와 그 뒤의 내용이 모두 바뀝니다.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>작성 중…</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>Hearth is still looking at this computer; choose the model again in a moment.</source>
        <translation>Hearth가 아직 이 컴퓨터를 확인하고 있습니다. 잠시 후 모델을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>This window cannot use other computers&apos; models.</source>
        <translation>이 창에서는 다른 컴퓨터의 모델을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>That other computer was removed in Settings.</source>
        <translation>그 컴퓨터는 설정에서 제거되었습니다.</translation>
    </message>
    <message>
        <source>Answered from the files attached to this conversation; the collection “{collection}” was not searched. Start a new conversation to ask the collection.</source>
        <translation>이 대화에 첨부된 파일에서 답했으며, “{collection}” 컬렉션은 검색하지 않았습니다. 컬렉션에 질문하려면 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>응답하지 못했습니다</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; ask again in a moment.</source>
        <translation>Hearth가 아직 이 컴퓨터를 확인하고 있습니다. 잠시 후 다시 질문하세요.</translation>
    </message>
</context>
<context>
    <name>ChatTranscript</name>
    <message>
        <source>About this chat</source>
        <translation>이 채팅 정보</translation>
    </message>
    <message numerus="yes">
        <source>Show %n earlier messages</source>
        <translation>
            <numerusform>이전 메시지 %n개 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>not</source>
        <translation>아님</translation>
    </message>
    <message>
        <source>Passes when the reply does not do this</source>
        <translation>응답이 이것을 하지 않으면 통과</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>가중치 </translation>
    </message>
    <message>
        <source>How much this check counts in the score (0: shown, never counted)</source>
        <translation>이 검사가 점수에 반영되는 비중 (0: 표시만 하고 반영 안 함)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>“{type}”: Hearth does not run this check; it is kept as written</source>
        <translation>“{type}”: Hearth가 실행하지 않는 검사입니다. 작성된 그대로 보관됩니다</translation>
    </message>
    <message>
        <source>Check {number}: what to look for</source>
        <translation>검사 {number}: 확인할 내용</translation>
    </message>
    <message>
        <source>Check {number}: a check Hearth does not run</source>
        <translation>검사 {number}: Hearth가 실행하지 않는 검사</translation>
    </message>
    <message>
        <source>Check {number}: not</source>
        <translation>검사 {number}: 아님</translation>
    </message>
    <message>
        <source>Check {number}: value</source>
        <translation>검사 {number}: 값</translation>
    </message>
    <message>
        <source>Check {number}: weight</source>
        <translation>검사 {number}: 가중치</translation>
    </message>
    <message>
        <source>Remove check {number}</source>
        <translation>검사 {number} 제거</translation>
    </message>
    <message>
        <source>Check {number}: problem</source>
        <translation>검사 {number}: 문제</translation>
    </message>
    <message>
        <source>Check {number}: on the sample reply</source>
        <translation>검사 {number}: 샘플 응답 결과</translation>
    </message>
    <message>
        <source>Write the time in seconds, such as 2.5.</source>
        <translation>시간을 초 단위로 쓰세요 (예: 2.5).</translation>
    </message>
    <message>
        <source>Write what this check looks for.</source>
        <translation>이 검사가 확인할 내용을 쓰세요.</translation>
    </message>
    <message>
        <source>Hearth does not run this optional check yet: it is kept and never counted.</source>
        <translation>Hearth는 아직 이 선택 검사를 실행하지 않습니다. 보관되지만 점수에 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Hearth does not run this check: it is kept as written and never counted.</source>
        <translation>Hearth는 이 검사를 실행하지 않습니다. 작성된 그대로 보관되며 점수에 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>✓ Passes: {reason}</source>
        <translation>✓ 통과: {reason}</translation>
    </message>
    <message>
        <source>✗ Fails: {reason}</source>
        <translation>✗ 실패: {reason}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Suite of prompts with checks</source>
        <translation>검사가 포함된 프롬프트 모음</translation>
    </message>
    <message>
        <source>Open a suite…</source>
        <translation>모음 열기…</translation>
    </message>
    <message>
        <source>Hearth&apos;s JSONL, or a promptfoo configuration (promptfooconfig.yaml)</source>
        <translation>Hearth의 JSONL 또는 promptfoo 구성 (promptfooconfig.yaml)</translation>
    </message>
    <message>
        <source>New suite…</source>
        <translation>새 모음…</translation>
    </message>
    <message>
        <source>Write your own prompts and checks, in plain words</source>
        <translation>나만의 프롬프트와 검사를 쉬운 말로 작성</translation>
    </message>
    <message>
        <source>Repeats: </source>
        <translation>반복: </translation>
    </message>
    <message>
        <source>Repeats with other seeds</source>
        <translation>다른 시드로 반복</translation>
    </message>
    <message>
        <source>Each case asked again with another seed: a case that passes only sometimes is flaky</source>
        <translation>각 케이스를 다른 시드로 다시 질문합니다. 가끔만 통과하는 케이스는 불안정한 것입니다</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>검사 실행</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Save the results…</source>
        <translation>결과 저장…</translation>
    </message>
    <message>
        <source>As a CSV of every reply, a JSON document or an HTML report</source>
        <translation>모든 응답의 CSV, JSON 문서 또는 HTML 보고서로</translation>
    </message>
    <message>
        <source>Checks run progress</source>
        <translation>검사 실행 진행률</translation>
    </message>
    <message>
        <source>“Similar” checks use</source>
        <translation>“유사” 검사에 사용</translation>
    </message>
    <message>
        <source>Embedding model for “similar” checks</source>
        <translation>“유사” 검사용 임베딩 모델</translation>
    </message>
    <message>
        <source>Optional: without one, “similar” checks are listed and not counted</source>
        <translation>선택 사항: 없으면 “유사” 검사는 목록에만 표시되고 반영되지 않습니다</translation>
    </message>
    <message>
        <source>Judge for rubric checks</source>
        <translation>채점 기준 검사의 심사 모델</translation>
    </message>
    <message>
        <source>Judge model for rubric checks</source>
        <translation>채점 기준 검사용 심사 모델</translation>
    </message>
    <message>
        <source>Optional: a model of this computer grades replies against a rubric (at temperature 0)</source>
        <translation>선택 사항: 이 컴퓨터의 모델이 채점 기준에 따라 응답을 채점합니다(온도 0)</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>임베딩 모델 없음</translation>
    </message>
    <message>
        <source>No judge</source>
        <translation>심사 모델 없음</translation>
    </message>
    <message>
        <source>Hearth does not run these checks of the suite, so they are listed and never counted: {names}.</source>
        <translation>Hearth는 이 모음의 다음 검사를 실행하지 않으므로, 목록에만 표시되고 점수에 반영되지 않습니다: {names}.</translation>
    </message>
    <message>
        <source>Saved the suite “{name}”. Run it on the panes&apos; models.</source>
        <translation>“{name}” 모음을 저장했습니다. 패널의 모델에서 실행해 보세요.</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, 약 {seconds}초 남음</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <source>Hearth saves results as .csv, .json or .html: choose a name that ends with one of them.</source>
        <translation>Hearth는 결과를 .csv, .json 또는 .html로 저장합니다. 이 중 하나로 끝나는 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Hearth could not write {path}: {reason}. Choose another folder.</source>
        <translation>Hearth가 {path}에 쓸 수 없습니다: {reason}. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>The results are saved in {path}.</source>
        <translation>결과가 {path}에 저장되었습니다.</translation>
    </message>
    <message>
        <source>Run a suite on the panes&apos; models to see which one passes most here.</source>
        <translation>패널의 모델에서 모음을 실행해 이 컴퓨터에서 어느 모델이 가장 많이 통과하는지 확인하세요.</translation>
    </message>
    <message>
        <source>CSV, every reply (*.csv);;JSON (*.json);;HTML report (*.html)</source>
        <translation>CSV, 모든 응답 (*.csv);;JSON (*.json);;HTML 보고서 (*.html)</translation>
    </message>
    <message>
        <source>Real work</source>
        <translation>실제 작업</translation>
    </message>
    <message>
        <source>Cases where the models disagree</source>
        <translation>모델 결과가 엇갈리는 케이스</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰성</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (내 모음)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>사본 편집…</translation>
    </message>
    <message>
        <source>Change this suite of yours</source>
        <translation>내가 만든 이 모음 변경</translation>
    </message>
    <message>
        <source>This suite is not yours to change: edit a copy, saved as one of your own</source>
        <translation>직접 만든 모음이 아니라 변경할 수 없습니다. 사본을 편집하면 내 모음으로 저장됩니다</translation>
    </message>
    <message>
        <source>Open a suite</source>
        <translation>모음 열기</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>검사 실행 중…</translation>
    </message>
    <message>
        <source>%v of %m replies graded</source>
        <translation>응답 %m개 중 %v개 채점됨</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>케이스</translation>
    </message>
</context>
<context>
    <name>CodeBlock</name>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Code in {language}</source>
        <translation>{language} 코드</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>CollectionChooser</name>
    <message>
        <source>Answer from one of your document collections (made on the Documents page)</source>
        <translation>내 문서 컬렉션 중 하나에서 답변 (문서 페이지에서 만듦)</translation>
    </message>
    <message>
        <source>Documents to answer from</source>
        <translation>답변에 사용할 문서</translation>
    </message>
    <message>
        <source>Documents: {collection}</source>
        <translation>문서: {collection}</translation>
    </message>
    <message>
        <source>No documents</source>
        <translation>문서 없음</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <source>Collections</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Embedding model: {model}</source>
        <translation>임베딩 모델: {model}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>조각 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — {files}, {chunks} · needs indexing again (new embedding model)</source>
        <translation>{name} — {files}, {chunks} · 다시 색인 필요 (새 임베딩 모델)</translation>
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
            <numerusform>대기 중인 파일 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>These two do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.two-in-turn</comment>
        <translation>이 두 모델은 여기서 함께 들어가지 않습니다. Hearth가 차례로 로드하며, 모델마다 약 {each}초가 걸립니다.</translation>
    </message>
    <message>
        <source>These {count} do not fit together here; Hearth loads them in turn, about {each} s each.</source>
        <comment>compare.in-turn</comment>
        <translation>이 {count}개 모델은 여기서 함께 들어가지 않습니다. Hearth가 차례로 로드하며, 모델마다 약 {each}초가 걸립니다.</translation>
    </message>
    <message>
        <source>Line {number} of the file is not JSON.</source>
        <comment>compare.line-not-json</comment>
        <translation>파일의 {number}번째 줄이 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>Line {number} has no prompt (a string, or an object with a “prompt”).</source>
        <comment>compare.line-without-prompt</comment>
        <translation>{number}번째 줄에 프롬프트가 없습니다(문자열이거나 “prompt”가 있는 객체여야 합니다).</translation>
    </message>
    <message>
        <source>Hearth cannot read the prompts in {path}.</source>
        <comment>compare.prompts-unreadable</comment>
        <translation>Hearth가 {path}의 프롬프트를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There are no prompts in {path}.</source>
        <comment>compare.no-prompts</comment>
        <translation>{path}에 프롬프트가 없습니다.</translation>
    </message>
    <message>
        <source>comparisons file</source>
        <comment>compare.comparisons-file</comment>
        <translation>비교 파일</translation>
    </message>
    <message>
        <source>There is already a prompt set called “{name}”.</source>
        <comment>compare.prompt-set-exists</comment>
        <translation>“{name}”(이)라는 프롬프트 세트가 이미 있습니다.</translation>
    </message>
    <message>
        <source>That prompt set is gone.</source>
        <comment>compare.prompt-set-gone</comment>
        <translation>그 프롬프트 세트는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>That run is gone.</source>
        <comment>compare.run-gone</comment>
        <translation>그 실행 기록은 더 이상 없습니다.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Three panes</source>
        <translation>패널 3개</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>모두 중지</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the panes&apos; conversations as a Markdown file</source>
        <translation>패널의 대화를 Markdown 파일로 저장</translation>
    </message>
    <message>
        <source>Ask every pane the same thing…</source>
        <translation>모든 패널에 같은 질문하기…</translation>
    </message>
    <message>
        <source>Message for every pane</source>
        <translation>모든 패널에 보낼 메시지</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>모두에게 보내기</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Prompt sets</source>
        <translation>프롬프트 세트</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>순위표</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Ways to compare</source>
        <translation>비교 방법</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Choose a model in every pane.</source>
        <translation>모든 패널에서 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>이 컴퓨터 확인 중…</translation>
    </message>
    <message>
        <source>These fit in memory together: they stay loaded and answer in turn.</source>
        <translation>이 모델들은 메모리에 함께 들어갑니다. 로드된 상태로 차례대로 답합니다.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>비교 내보내기</translation>
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
        <translation>완료</translation>
    </message>
    <message>
        <source>reached the longest reply</source>
        <translation>최대 응답 길이 도달</translation>
    </message>
    <message>
        <source>context full</source>
        <translation>컨텍스트 가득 참</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>temp </source>
        <translation>온도 </translation>
    </message>
    <message>
        <source>Temperature: 0 gives the same reply every time</source>
        <translation>온도: 0이면 매번 같은 응답을 냅니다</translation>
    </message>
    <message>
        <source>Temperature of pane {number}</source>
        <translation>패널 {number}의 온도</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <source>Longest reply</source>
        <translation>최대 응답 길이</translation>
    </message>
    <message>
        <source>Longest reply in pane {number}</source>
        <translation>패널 {number}의 최대 응답 길이</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <translation>패널 {number}</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>가장 빠름</translation>
    </message>
    <message>
        <source>Model of pane {number}</source>
        <translation>패널 {number}의 모델</translation>
    </message>
    <message>
        <source>Conversation in pane {number}</source>
        <translation>패널 {number}의 대화</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop pane {number}</source>
        <translation>패널 {number} 중지</translation>
    </message>
    <message>
        <source>Continue with this one</source>
        <translation>이 패널로 계속</translation>
    </message>
    <message>
        <source>Carry on this conversation in Chat with this pane&apos;s model</source>
        <translation>이 패널의 모델로 채팅에서 이 대화 이어 가기</translation>
    </message>
    <message>
        <source>leaves this computer → {host}</source>
        <translation>이 컴퓨터 밖으로 전송 → {host}</translation>
    </message>
    <message>
        <source>What you send this pane travels to {computer} at {host}, and its reply back. Hearth cannot tell what that computer keeps.</source>
        <translation>이 패널에 보내는 내용은 {host}의 {computer}(으)로 전송되고 응답이 돌아옵니다. 그 컴퓨터가 무엇을 보관하는지 Hearth는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>나: {prompt}</translation>
    </message>
    <message>
        <source>waiting for its turn…</source>
        <translation>차례 기다리는 중…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>작성 중…</translation>
    </message>
    <message>
        <source>on {computer}</source>
        <translation>{computer}에서 실행</translation>
    </message>
    <message>
        <source>{ttft} s to first token · {speed} tokens/s · {tokens} · {ending} · {where}</source>
        <translation>첫 토큰까지 {ttft}초 · {speed} 토큰/초 · {tokens} · {ending} · {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>토큰 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Message the model… (Enter sends, Shift+Enter for a new line)</source>
        <translation>모델에게 메시지 보내기… (Enter로 보내기, Shift+Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops a reply, Tab leaves the message</source>
        <translation>Enter로 보내기, Shift+Enter로 줄 바꿈, Esc로 응답 중지, Tab으로 메시지 입력란 벗어나기</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Start a new chat (Ctrl+N)</source>
        <translation>새 채팅 시작 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>채팅 검색</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Right-click a chat to rename, duplicate, export or delete it</source>
        <translation>채팅을 마우스 오른쪽 버튼으로 클릭하면 이름 바꾸기, 복제, 내보내기, 삭제를 할 수 있습니다</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown으로 내보내기…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>채팅 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>채팅 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The chat could not be saved there</source>
        <translation>채팅을 그 위치에 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages?</source>
        <translation>“{title}”과(와) 모든 메시지를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete this chat and all its messages?</source>
        <translation>이 채팅과 모든 메시지를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>채팅 삭제</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>토큰 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>모델 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{reused} of %Ln prompt tokens reused</source>
        <translation>
            <numerusform>프롬프트 토큰 %Ln개 중 {reused}개 재사용</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>All tasks</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Documents search</source>
        <translation>문서 검색</translation>
    </message>
    <message>
        <source>Any licence</source>
        <translation>모든 라이선스</translation>
    </message>
    <message>
        <source>Business use allowed</source>
        <translation>상업적 사용 가능</translation>
    </message>
    <message>
        <source>Free licences only (Apache, MIT)</source>
        <translation>자유 라이선스만 (Apache, MIT)</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>모든 크기</translation>
    </message>
    <message>
        <source>Small (under 3 GB)</source>
        <translation>작음 (3GB 미만)</translation>
    </message>
    <message>
        <source>Medium (3–10 GB)</source>
        <translation>중간 (3–10GB)</translation>
    </message>
    <message>
        <source>Large (over 10 GB)</source>
        <translation>큼 (10GB 초과)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>Help me choose</source>
        <translation>선택 도우미</translation>
    </message>
    <message>
        <source>Help me choose a model</source>
        <translation>모델 선택 도우미</translation>
    </message>
    <message>
        <source>Answer two questions and get up to three models that suit you and this computer</source>
        <translation>두 가지 질문에 답하면 나와 이 컴퓨터에 맞는 모델을 최대 세 개 추천합니다</translation>
    </message>
    <message>
        <source>Open models you can run privately. The best fits for this computer come first; pick the smallest model that does what you need.</source>
        <translation>개인적으로 실행할 수 있는 공개 모델입니다. 이 컴퓨터에 가장 잘 맞는 모델이 먼저 나옵니다. 필요한 작업을 해내는 가장 작은 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>모델 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>모델 검색</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>다운로드 크기</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>이 컴퓨터에 맞음</translation>
    </message>
    <message>
        <source>Only models that fit this computer</source>
        <translation>이 컴퓨터에 맞는 모델만</translation>
    </message>
    <message>
        <source>No model matches these filters.</source>
        <translation>이 필터에 맞는 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>모든 모델 다시 표시</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks, best fits first</source>
        <translation>Hearth 추천, 잘 맞는 순</translation>
    </message>
    <message>
        <source>Where to look for models</source>
        <translation>모델을 찾을 곳</translation>
    </message>
    <message>
        <source>Hearth&apos;s picks</source>
        <translation>Hearth 추천</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Face 검색</translation>
    </message>
    <message>
        <source>Checking which models run on this computer…</source>
        <translation>이 컴퓨터에서 실행되는 모델 확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n models · {runs} run on this computer</source>
        <translation>
            <numerusform>모델 %n개 · 이 컴퓨터에서 {runs}개 실행 가능</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models · checking your computer…</source>
        <translation>
            <numerusform>모델 %n개 · 컴퓨터 확인 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose. Your other filters were cleared.</source>
        <translation>선택 도우미에서 고른 {model}을(를) 표시합니다. 다른 필터는 지워졌습니다.</translation>
    </message>
    <message>
        <source>Showing {model}, chosen in Help me choose.</source>
        <translation>선택 도우미에서 고른 {model}을(를) 표시합니다.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>이 컴퓨터에는 너무 큼</translation>
    </message>
    <message>
        <source>{model} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{model} {quant}은(는) 이 컴퓨터에 너무 큽니다.

{reason}

그래도 다운로드하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>{file}, page {page} · score {score}</source>
        <translation>{file}, {page}페이지 · 점수 {score}</translation>
    </message>
    <message>
        <source>{file} · score {score}</source>
        <translation>{file} · 점수 {score}</translation>
    </message>
    <message>
        <source>Read the documents whole. The passages closest to the question:</source>
        <translation>문서를 통째로 읽었습니다. 질문과 가장 가까운 구절:</translation>
    </message>
    <message numerus="yes">
        <source>Answered from %n passages found in the documents:</source>
        <translation>
            <numerusform>문서에서 찾은 구절 %n개로 답했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask again, reading the documents whole</source>
        <translation>문서를 통째로 읽고 다시 질문</translation>
    </message>
    <message>
        <source>Loads the model again with a context of {tokens} tokens, then asks the same question</source>
        <translation>컨텍스트 {tokens} 토큰으로 모델을 다시 로드한 뒤 같은 질문을 합니다</translation>
    </message>
    <message>
        <source>Open {file}</source>
        <translation>{file} 열기</translation>
    </message>
    <message>
        <source>The question and these passages were sent to {where}: they left this computer.</source>
        <translation>질문과 이 구절들이 {where}(으)로 전송되어 이 컴퓨터를 벗어났습니다.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This question is about the documents as a whole, but only {kept} passages were read. Loaded with a context of {needed:,} tokens (this model allows {trained:,}), it could read all of them whole: use the whole documents.</source>
        <comment>documents.whole-question-could-fit</comment>
        <translation>이 질문은 문서 전체에 관한 것이지만, 구절 {kept}개만 읽었습니다. 컨텍스트 {needed:,} 토큰으로 로드하면(이 모델은 최대 {trained:,} 토큰) 문서를 모두 통째로 읽을 수 있습니다. 문서를 통째로 읽도록 하세요.</translation>
    </message>
    <message>
        <source>This question is about the documents as a whole, but they are too long for this model to read whole (about {whole:,} tokens; it has room for {context:,}). The answer saw only {kept} of {passages} passages, from {files} of {all_files} files: anything counted or summed up covers those passages only.</source>
        <comment>documents.whole-question-too-long</comment>
        <translation>이 질문은 문서 전체에 관한 것이지만, 문서가 너무 길어 이 모델이 통째로 읽을 수 없습니다(약 {whole:,} 토큰, 모델 공간은 {context:,} 토큰). 답변은 파일 {all_files}개 중 {files}개에서 나온 구절 {passages}개 중 {kept}개만 보았습니다. 세거나 합산한 내용은 이 구절에만 해당합니다.</translation>
    </message>
    <message>
        <source>This collection&apos;s embedding model is not on this computer any more; add its documents again on the Documents page with an embedding model that is.</source>
        <comment>documents.embedding-model-gone</comment>
        <translation>이 컬렉션의 임베딩 모델이 더 이상 이 컴퓨터에 없습니다. 문서 페이지에서 이 컴퓨터에 있는 임베딩 모델로 문서를 다시 추가하세요.</translation>
    </message>
    <message>
        <source>The attached documents could not be read: {problems}.</source>
        <comment>documents.attachments-unreadable</comment>
        <translation>첨부된 문서를 읽을 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <source>There is no collection named “{name}”.</source>
        <comment>documents.unknown-collection</comment>
        <translation>“{name}”(이)라는 컬렉션이 없습니다.</translation>
    </message>
    <message>
        <source>Reading documents needs an embedding model, and none is on this computer: download one (Discover, Documents search; or `hearth models --task embeddings`) or name a GGUF file with --embedder.</source>
        <comment>documents.no-embedding-model</comment>
        <translation>문서를 읽으려면 임베딩 모델이 필요한데, 이 컴퓨터에 없습니다. 임베딩 모델을 다운로드하거나(탐색의 문서 검색, 또는 `hearth models --task embeddings`) --embedder로 GGUF 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>This collection was indexed with another embedding model; index it again to search it by meaning.</source>
        <comment>documents.needs-reindex</comment>
        <translation>이 컬렉션은 다른 임베딩 모델로 색인되었습니다. 의미로 검색하려면 다시 색인하세요.</translation>
    </message>
</context>
<context>
    <name>DocumentsDropZone</name>
    <message>
        <source>Drop documents or folders here</source>
        <translation>문서나 폴더를 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Text, Markdown, PDF, Word (docx), web pages (html) and Hearth transcripts (json).</source>
        <translation>텍스트, Markdown, PDF, Word(docx), 웹 페이지(html), Hearth 녹취록(json).</translation>
    </message>
    <message>
        <source>Choose documents to add</source>
        <translation>추가할 문서 선택</translation>
    </message>
    <message>
        <source>Choose a folder of documents to add</source>
        <translation>추가할 문서 폴더 선택</translation>
    </message>
    <message>
        <source>Documents ({patterns});;All (*)</source>
        <translation>문서 ({patterns});;모두 (*)</translation>
    </message>
    <message>
        <source>Choose documents</source>
        <translation>문서 선택</translation>
    </message>
    <message>
        <source>Choose a folder of documents</source>
        <translation>문서 폴더 선택</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>My documents</source>
        <translation>내 문서</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Your files stay on this computer: Hearth reads them here and keeps an index beside its settings. In Chat, choose a collection to ask about it.</source>
        <translation>파일은 이 컴퓨터에 그대로 있습니다. Hearth가 여기서 파일을 읽고 설정 옆에 색인을 보관합니다. 채팅에서 컬렉션을 선택하면 그 내용에 대해 질문할 수 있습니다.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Collection name, e.g. Family papers</source>
        <translation>컬렉션 이름 (예: 가족 서류)</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>컬렉션 이름</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>임베딩 모델</translation>
    </message>
    <message>
        <source>The embedding model that indexes the documents (an embedding GGUF in My Models)</source>
        <translation>문서를 색인하는 임베딩 모델 (내 모델의 임베딩 GGUF)</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>변경 사항 확인</translation>
    </message>
    <message>
        <source>Check the chosen collection for changes</source>
        <translation>선택한 컬렉션의 변경 사항 확인</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>컬렉션 제거</translation>
    </message>
    <message>
        <source>Remove the chosen collection</source>
        <translation>선택한 컬렉션 제거</translation>
    </message>
    <message>
        <source>What the buttons act on</source>
        <translation>버튼이 적용되는 대상</translation>
    </message>
    <message>
        <source>No embedding model yet: get one in Discover (Documents search)</source>
        <translation>아직 임베딩 모델이 없습니다. 탐색(문서 검색)에서 받으세요</translation>
    </message>
    <message>
        <source>No collection yet: drop files or folders above to make one.</source>
        <translation>아직 컬렉션이 없습니다. 위에 파일이나 폴더를 끌어다 놓아 만드세요.</translation>
    </message>
    <message>
        <source>Click a collection in the list to check it for changes or remove it.</source>
        <translation>목록에서 컬렉션을 클릭하면 변경 사항을 확인하거나 제거할 수 있습니다.</translation>
    </message>
    <message>
        <source>Chosen: “{name}”.</source>
        <translation>선택됨: “{name}”.</translation>
    </message>
    <message>
        <source>Read again what changed in the files of “{name}”</source>
        <translation>“{name}”의 파일에서 바뀐 부분 다시 읽기</translation>
    </message>
    <message>
        <source>Wait until the indexing in progress has finished.</source>
        <translation>진행 중인 색인 작업이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Remove “{name}” from Hearth; your files themselves stay</source>
        <translation>Hearth에서 “{name}” 제거 (파일 자체는 그대로 남습니다)</translation>
    </message>
    <message>
        <source>Choose an embedding model first: it reads the documents so that Hearth can find the right parts.</source>
        <translation>먼저 임베딩 모델을 선택하세요. 임베딩 모델이 문서를 읽어야 Hearth가 알맞은 부분을 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; add the documents again in a moment.</source>
        <translation>Hearth가 아직 이 컴퓨터를 확인하고 있습니다. 잠시 후 문서를 다시 추가하세요.</translation>
    </message>
    <message>
        <source>The collection “{name}” is indexed. {summary}</source>
        <translation>“{name}” 컬렉션의 색인이 완료되었습니다. {summary}</translation>
    </message>
    <message>
        <source>Indexing the collection “{name}” failed.</source>
        <translation>“{name}” 컬렉션의 색인 작업에 실패했습니다.</translation>
    </message>
    <message>
        <source>Remove the collection “{name}”?

Hearth forgets its index, and the chat can no longer answer from it. Your files themselves are not deleted: they stay where they are.</source>
        <translation>“{name}” 컬렉션을 제거하시겠습니까?

Hearth가 색인을 지우므로 채팅에서 더 이상 이 컬렉션으로 답할 수 없습니다. 파일 자체는 삭제되지 않고 그대로 남습니다.</translation>
    </message>
    <message>
        <source>The collection “{name}” was removed; your documents themselves were not touched.</source>
        <translation>“{name}” 컬렉션이 제거되었습니다. 문서 자체는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>확인 중</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>재시도 중</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>검증 중</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>설치 중</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove from this list (the model stays installed)</source>
        <translation>이 목록에서 제거 (모델은 설치된 상태로 유지)</translation>
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
        <translation>{size}/초</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>{done} / {total}에서 일시 중지됨</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Download of {name}: {percent}%</source>
        <translation>{name} 다운로드: {percent}%</translation>
    </message>
    <message>
        <source>Pause the download of {name}</source>
        <translation>{name} 다운로드 일시 중지</translation>
    </message>
    <message>
        <source>Resume the download of {name}</source>
        <translation>{name} 다운로드 재개</translation>
    </message>
    <message>
        <source>Retry the download of {name}</source>
        <translation>{name} 다운로드 다시 시도</translation>
    </message>
    <message>
        <source>Cancel the download of {name}</source>
        <translation>{name} 다운로드 취소</translation>
    </message>
    <message>
        <source>Remove {name} from this list</source>
        <translation>이 목록에서 {name} 제거</translation>
    </message>
</context>
<context>
    <name>DownloadScreen</name>
    <message>
        <source>The chat opens by itself, with the model loaded, as soon as it is here. Skip keeps the download going in the background (Downloads, {shortcut}).</source>
        <translation>모델이 도착하면 모델이 로드된 채팅이 자동으로 열립니다. 건너뛰기를 누르면 다운로드는 백그라운드에서 계속됩니다 (다운로드, {shortcut}).</translation>
    </message>
    <message>
        <source>Downloading {model}</source>
        <translation>{model} 다운로드 중</translation>
    </message>
</context>
<context>
    <name>DownloadSettings</name>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>다운로드 출처</translation>
    </message>
    <message>
        <source>Download address</source>
        <translation>다운로드 주소</translation>
    </message>
    <message>
        <source>Leave this empty to download from Hugging Face itself. Fill it in only if you use a mirror.</source>
        <translation>Hugging Face에서 직접 다운로드하려면 비워 두세요. 미러를 사용할 때만 입력하세요.</translation>
    </message>
    <message>
        <source>Downloads at the same time</source>
        <translation>동시 다운로드 수</translation>
    </message>
    <message>
        <source>One at a time finishes each model sooner on a slow connection.</source>
        <translation>연결이 느리면 하나씩 받는 편이 각 모델을 더 빨리 끝냅니다.</translation>
    </message>
    <message>
        <source>This is not a web address Hearth can use. It should look like https://hf-mirror.com, or stay empty.</source>
        <translation>Hearth가 사용할 수 있는 웹 주소가 아닙니다. https://hf-mirror.com 같은 형식이거나 비어 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>Offline mode is on, so Hearth makes no network connection. Turn it off in Settings to download.</source>
        <comment>downloads.offline-mode</comment>
        <translation>오프라인 모드가 켜져 있어 Hearth가 네트워크에 연결하지 않습니다. 다운로드하려면 설정에서 끄세요.</translation>
    </message>
    <message>
        <source>Asking Hugging Face about the files</source>
        <comment>downloads.asking</comment>
        <translation>Hugging Face에 파일 정보를 요청하는 중</translation>
    </message>
    <message>
        <source>Checking the model files</source>
        <comment>downloads.checking-files</comment>
        <translation>모델 파일 확인 중</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face repository name like &apos;owner/model-GGUF&apos;.</source>
        <comment>downloads.bad-repo-name</comment>
        <translation>&apos;{repo}&apos;은(는) &apos;owner/model-GGUF&apos; 같은 Hugging Face 저장소 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Name at least one file of the repository to download.</source>
        <comment>downloads.no-files-named</comment>
        <translation>다운로드할 저장소 파일을 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <comment>downloads.seconds-left</comment>
        <translation>{seconds}초 남음</translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <comment>downloads.minutes-left</comment>
        <translation>{minutes}분 남음</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min left</source>
        <comment>downloads.hours-left</comment>
        <translation>{hours}시간 {minutes}분 남음</translation>
    </message>
    <message>
        <source>Hugging Face did not say how large {name} is; try again later.</source>
        <comment>downloads.size-unknown</comment>
        <translation>Hugging Face가 {name}의 크기를 알려 주지 않았습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Not enough disk space: this download needs {needed} more, but only {free} is free on the disk that holds {folder}. Free some space or choose another models folder in Settings.</source>
        <comment>downloads.not-enough-disk</comment>
        <translation>디스크 공간이 부족합니다. 이 다운로드에는 {needed}이(가) 더 필요하지만, {folder}이(가) 있는 디스크의 여유 공간은 {free}뿐입니다. 공간을 확보하거나 설정에서 다른 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Checking what is here</source>
        <comment>downloads.checking-what-is-here</comment>
        <translation>이미 있는 항목 확인 중</translation>
    </message>
    <message>
        <source>The download of {name} keeps failing ({reason}). What arrived is kept: press Retry to continue from there.</source>
        <comment>downloads.download-keeps-failing</comment>
        <translation>{name} 다운로드가 계속 실패합니다({reason}). 받은 부분은 보관되어 있으니 다시 시도를 누르면 이어서 받습니다.</translation>
    </message>
    <message>
        <source>{reason}; trying again in {delay:.0f} s (attempt {attempt} of {attempts})</source>
        <comment>downloads.retrying</comment>
        <translation>{reason}. {delay:.0f}초 후 다시 시도합니다({attempts}번 중 {attempt}번째 시도)</translation>
    </message>
    <message>
        <source>{name} arrived damaged (its checksum does not match the published one), so it was deleted and nothing was installed. Try the download again.</source>
        <comment>downloads.corrupt-download</comment>
        <translation>{name}이(가) 손상된 채 도착했습니다(체크섬이 게시된 값과 다릅니다). 그래서 삭제했으며 아무것도 설치하지 않았습니다. 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>Hugging Face is busy ({status})</source>
        <comment>downloads.retry-busy</comment>
        <translation>Hugging Face가 혼잡합니다({status})</translation>
    </message>
    <message>
        <source>The server restarted the file from the beginning</source>
        <comment>downloads.retry-restarted</comment>
        <translation>서버가 파일을 처음부터 다시 보냈습니다</translation>
    </message>
    <message>
        <source>The disk is full. What has arrived is kept: free some space, then press Retry to continue the download.</source>
        <comment>downloads.disk-full</comment>
        <translation>디스크가 가득 찼습니다. 받은 부분은 보관되어 있으니 공간을 확보한 뒤 다시 시도를 눌러 다운로드를 이어 가세요.</translation>
    </message>
    <message>
        <source>The connection closed early</source>
        <comment>downloads.retry-closed-early</comment>
        <translation>연결이 일찍 끊어졌습니다</translation>
    </message>
    <message>
        <source>The connection dropped ({error})</source>
        <comment>downloads.retry-dropped</comment>
        <translation>연결이 끊어졌습니다({error})</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Nothing is downloading. Start a download from Discover.</source>
        <translation>다운로드 중인 항목이 없습니다. 탐색에서 다운로드를 시작하세요.</translation>
    </message>
    <message>
        <source>{name} is downloaded and installed.</source>
        <translation>{name} 다운로드 및 설치가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The download of {name} failed: {reason}</source>
        <translation>{name} 다운로드에 실패했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Audio ({audio} …) and video ({video} …), or a whole folder.</source>
        <translation>오디오({audio} …)와 동영상({video} …), 또는 폴더 전체.</translation>
    </message>
    <message>
        <source>Drop recordings or videos here</source>
        <translation>녹음이나 동영상을 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Choose files to add</source>
        <translation>추가할 파일 선택</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Choose a folder to add</source>
        <translation>추가할 폴더 선택</translation>
    </message>
    <message>
        <source>Recordings and videos ({patterns});;All files (*)</source>
        <translation>녹음 및 동영상 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose recordings</source>
        <translation>녹음 선택</translation>
    </message>
    <message>
        <source>Choose a folder of recordings</source>
        <translation>녹음 폴더 선택</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <source>This model has no chat format of its own (it is a base model), so Hearth writes the conversation as plain “User:” and “Assistant:” lines. Its answers may wander or continue the conversation by themselves.</source>
        <comment>engines.plain-chat-format</comment>
        <translation>이 모델에는 자체 채팅 형식이 없어서(베이스 모델) Hearth가 대화를 단순한 “User:” 및 “Assistant:” 줄로 작성합니다. 답변이 주제를 벗어나거나 혼자서 대화를 이어 갈 수 있습니다.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template is broken, so Hearth cannot talk to it.</source>
        <comment>engines.chat-template-failed</comment>
        <translation>이 모델의 채팅 템플릿이 손상되어 Hearth가 이 모델과 대화할 수 없습니다.</translation>
    </message>
    <message>
        <source>This model&apos;s chat template could not write out the conversation.</source>
        <comment>engines.chat-template-failed-writing</comment>
        <translation>이 모델의 채팅 템플릿으로 대화를 작성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The model stopped with an error while writing its reply.</source>
        <comment>engines.generation-failed</comment>
        <translation>모델이 응답을 작성하는 중 오류로 중지되었습니다.</translation>
    </message>
    <message>
        <source>{name} could not be loaded as an embedding model: the file may be damaged, or not an embedding model.</source>
        <comment>engines.model-load-failed</comment>
        <translation>{name}을(를) 임베딩 모델로 로드할 수 없습니다. 파일이 손상되었거나 임베딩 모델이 아닐 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <comment>engines.embedding-cancelled</comment>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>No embedding model is loaded.</source>
        <comment>engines.no-model-loaded</comment>
        <translation>로드된 임베딩 모델이 없습니다.</translation>
    </message>
    <message>
        <source>{name} could not be loaded: the file may be damaged, or made for a newer version of llama.cpp than the one in Hearth.</source>
        <comment>engines.load-failed-damaged</comment>
        <translation>{name}을(를) 로드할 수 없습니다. 파일이 손상되었거나 Hearth에 포함된 것보다 새 버전의 llama.cpp용으로 만들어졌을 수 있습니다.</translation>
    </message>
    <message>
        <source>Earlier images in this chat are not shown to this model: it cannot see images.</source>
        <comment>engines.earlier-images-hidden</comment>
        <translation>이 모델은 이미지를 볼 수 없으므로 이 채팅의 이전 이미지는 모델에 보여 주지 않습니다.</translation>
    </message>
    <message>
        <source>This text is too long for the model&apos;s memory (its context); shorten it.</source>
        <comment>engines.message-too-long</comment>
        <translation>이 텍스트는 모델의 메모리(컨텍스트)에 비해 너무 깁니다. 줄여 주세요.</translation>
    </message>
    <message>
        <source>The model could not read the images in this conversation.</source>
        <comment>engines.images-unreadable</comment>
        <translation>모델이 이 대화의 이미지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Load a model before starting a chat.</source>
        <comment>engines.no-model-for-chat</comment>
        <translation>채팅을 시작하기 전에 모델을 로드하세요.</translation>
    </message>
    <message>
        <source>{count} earlier message was left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.message-left-out</comment>
        <translation>대화가 모델의 메모리에 들어가도록 이전 메시지 {count}개를 제외했습니다. 모델은 더 이상 그 메시지를 보지 못합니다.</translation>
    </message>
    <message>
        <source>{count} earlier messages were left out so the conversation fits in the model&apos;s memory; the model no longer sees them.</source>
        <comment>engines.messages-left-out</comment>
        <translation>대화가 모델의 메모리에 들어가도록 이전 메시지 {count}개를 제외했습니다. 모델은 더 이상 그 메시지를 보지 못합니다.</translation>
    </message>
    <message>
        <source>The rules this reply must follow (its grammar) could not be read.</source>
        <comment>engines.grammar-unreadable</comment>
        <translation>이 응답이 따라야 하는 규칙(문법)을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Your message is too long for this model&apos;s memory: with room for a {reply_room}-token reply it needs about {needed} tokens, and the model was loaded with room for {context}. Shorten the message, ask for a shorter reply, or load the model with a longer context.</source>
        <comment>engines.message-too-long-for-reply</comment>
        <translation>메시지가 이 모델의 메모리에 비해 너무 깁니다. {reply_room} 토큰 분량의 응답 공간을 포함하면 약 {needed} 토큰이 필요하지만, 모델은 {context} 토큰 공간으로 로드되었습니다. 메시지를 줄이거나, 더 짧은 응답을 요청하거나, 더 긴 컨텍스트로 모델을 로드하세요.</translation>
    </message>
    <message>
        <source>Hearth&apos;s chat engine (llama.cpp) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.engine-unavailable</comment>
        <translation>이 컴퓨터에서 Hearth의 채팅 엔진(llama.cpp)을 시작할 수 없습니다. 대개 Hearth를 다시 설치하면 해결됩니다.</translation>
    </message>
    <message>
        <source>Hearth&apos;s image engine (llama.cpp&apos;s mtmd) could not be started on this computer; reinstalling Hearth usually fixes this.</source>
        <comment>engines.image-engine-unavailable</comment>
        <translation>이 컴퓨터에서 Hearth의 이미지 엔진(llama.cpp의 mtmd)을 시작할 수 없습니다. 대개 Hearth를 다시 설치하면 해결됩니다.</translation>
    </message>
    <message>
        <source>The vision companion {name} could not be read. {message}</source>
        <comment>engines.companion-unreadable</comment>
        <translation>비전 보조 파일 {name}을(를) 읽을 수 없습니다. {message}</translation>
    </message>
    <message>
        <source>The vision companion {name} does not work with this model: it was probably made for a different model. Pair the model with the mmproj file published beside it.</source>
        <comment>engines.companion-mismatch</comment>
        <translation>비전 보조 파일 {name}은(는) 이 모델과 함께 작동하지 않습니다. 다른 모델용으로 만들어진 것 같습니다. 모델과 함께 게시된 mmproj 파일과 연결하세요.</translation>
    </message>
    <message>
        <source>The model&apos;s vision companion could not read this image.</source>
        <comment>engines.companion-unreadable-image</comment>
        <translation>모델의 비전 보조 파일이 이 이미지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This image needs about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.image-does-not-fit</comment>
        <translation>이 이미지에는 모델 메모리 중 약 {newest:,} 토큰이 필요하며, 응답 공간까지 더하면 모델을 로드할 때 정한 {context:,} 토큰을 넘습니다. 이미지를 더 적게 보내거나 더 긴 컨텍스트로 모델을 로드하세요(옵션).</translation>
    </message>
    <message>
        <source>These {count} images need about {newest:,} tokens of the model&apos;s memory, and with room for a reply that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer context (Options).</source>
        <comment>engines.images-do-not-fit</comment>
        <translation>이 이미지 {count}개에는 모델 메모리 중 약 {newest:,} 토큰이 필요하며, 응답 공간까지 더하면 모델을 로드할 때 정한 {context:,} 토큰을 넘습니다. 이미지를 더 적게 보내거나 더 긴 컨텍스트로 모델을 로드하세요(옵션).</translation>
    </message>
    <message>
        <source>Images and text now fill about {percent}% of the model&apos;s memory, and the model reads every image again with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer context in Options, gives more room.</source>
        <comment>engines.images-crowd-memory</comment>
        <translation>이제 이미지와 텍스트가 모델 메모리의 약 {percent}%를 차지하며, 모델은 메시지마다 모든 이미지를 다시 읽습니다. 곧 가장 오래된 메시지와 그 이미지가 제외됩니다. 새 채팅을 시작하거나 옵션에서 컨텍스트를 늘리면 공간이 더 생깁니다.</translation>
    </message>
    <message>
        <source>This model cannot see images. Choose a model marked “sees images”, or pair this one with its vision companion (an mmproj file) in My Models.</source>
        <comment>engines.cannot-see-images</comment>
        <translation>이 모델은 이미지를 볼 수 없습니다. “이미지 인식” 표시가 있는 모델을 선택하거나, 내 모델에서 이 모델을 비전 보조 파일(mmproj 파일)과 연결하세요.</translation>
    </message>
    <message>
        <source>{name} has no sound track, so there is nothing to transcribe.</source>
        <comment>engines.recording-no-sound-track</comment>
        <translation>{name}에는 오디오 트랙이 없어 받아쓸 내용이 없습니다.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it could be read. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short</comment>
        <translation>{name}이(가) 잘려 있습니다. 길이가 {declared}여야 하지만 {read}만 읽을 수 있었습니다. 복사나 다운로드가 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} holds no sound that could be read; it may be damaged.</source>
        <comment>engines.recording-no-sound</comment>
        <translation>{name}에 읽을 수 있는 소리가 없습니다. 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no file at {path}; it may have been moved or deleted.</source>
        <comment>engines.recording-missing</comment>
        <translation>{path}에 파일이 없습니다. 이동되었거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {strerror}.</source>
        <comment>engines.recording-unopened</comment>
        <translation>{name}을(를) 열 수 없습니다: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a recording.</source>
        <comment>engines.recording-is-folder</comment>
        <translation>{name}은(는) 녹음이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). It may not have finished copying.</source>
        <comment>engines.recording-empty</comment>
        <translation>{name}이(가) 비어 있습니다(0바이트). 복사가 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is cut short: it should last {declared}, but only {read} of it is in the file. It may not have finished copying or downloading.</source>
        <comment>engines.recording-cut-short-in-file</comment>
        <translation>{name}이(가) 잘려 있습니다. 길이가 {declared}여야 하지만 파일에는 {read}만 들어 있습니다. 복사나 다운로드가 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is not a recording Hearth can read: it is not audio or video, or it is damaged.</source>
        <comment>engines.recording-unreadable</comment>
        <translation>{name}은(는) Hearth가 읽을 수 있는 녹음이 아닙니다. 오디오나 동영상이 아니거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name} is not a Whisper model: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>engines.speech-model-unusable</comment>
        <translation>{name}은(는) Whisper 모델이 아닙니다. faster-whisper 모델 폴더에는 model.bin과 config.json이 있습니다.</translation>
    </message>
    <message>
        <source>The graphics card could not be used for {name}, so it runs on the processor instead.</source>
        <comment>engines.speech-on-processor</comment>
        <translation>{name}에 그래픽 카드를 사용할 수 없어 대신 프로세서에서 실행합니다.</translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <comment>engines.reading-recording</comment>
        <translation>녹음을 읽는 중…</translation>
    </message>
    <message>
        <source>Loading the speech model {name}…</source>
        <comment>engines.loading-speech-model</comment>
        <translation>음성 모델 {name} 로드 중…</translation>
    </message>
    <message>
        <source>Finding the speech and the language…</source>
        <comment>engines.finding-speech-language</comment>
        <translation>음성과 언어를 찾는 중…</translation>
    </message>
    <message>
        <source>Finding the speech…</source>
        <comment>engines.finding-speech</comment>
        <translation>음성을 찾는 중…</translation>
    </message>
    <message>
        <source>No speech was found in this recording.</source>
        <comment>engines.no-speech</comment>
        <translation>이 녹음에서 음성을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Whisper stopped with an error while transcribing {name}.</source>
        <comment>engines.transcription-failed</comment>
        <translation>{name}을(를) 받아쓰는 중 Whisper가 오류로 중지되었습니다.</translation>
    </message>
    <message>
        <source>Removed {count} repeated lines (Whisper was repeating itself).</source>
        <comment>engines.repeats-removed</comment>
        <translation>반복된 줄 {count}개를 제거했습니다(Whisper가 같은 말을 반복했습니다).</translation>
    </message>
    <message>
        <source>{name} understands English only.</source>
        <comment>engines.english-only</comment>
        <translation>{name}은(는) 영어만 알아듣습니다.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Whisper knows; use a code such as en, fr, de or es.</source>
        <comment>engines.unknown-language</comment>
        <translation>“{language}”은(는) Whisper가 아는 언어가 아닙니다. en, fr, de, es 같은 코드를 사용하세요.</translation>
    </message>
    <message>
        <source>The speech model {name} could not be loaded; its files may be damaged or incomplete.</source>
        <comment>engines.speech-model-load-failed</comment>
        <translation>음성 모델 {name}을(를) 로드할 수 없습니다. 파일이 손상되었거나 불완전할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>EvalChecks</name>
    <message>
        <source>Hearth does not run this check</source>
        <comment>evals.unsupported</comment>
        <translation>Hearth는 이 검사를 실행하지 않습니다</translation>
    </message>
    <message>
        <source>A check&apos;s weight must be a number, 0 or more (this “{type}” check has {weight}).</source>
        <comment>evals.bad-weight</comment>
        <translation>검사 가중치는 0 이상의 숫자여야 합니다(이 “{type}” 검사의 가중치: {weight}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not JSON ({error}).</source>
        <comment>evals.schema-not-json</comment>
        <translation>이 “{type}” 검사의 스키마가 JSON이 아닙니다({error}).</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check must be a JSON object.</source>
        <comment>evals.schema-not-object</comment>
        <translation>이 “{type}” 검사의 스키마는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The schema of this “{type}” check is not a valid JSON schema: {problem}.</source>
        <comment>evals.schema-invalid</comment>
        <translation>이 “{type}” 검사의 스키마가 올바른 JSON 스키마가 아닙니다: {problem}.</translation>
    </message>
    <message>
        <source>The reply is not valid JSON ({error} at line {line}, column {column}).</source>
        <comment>evals.not-json</comment>
        <translation>응답이 올바른 JSON이 아닙니다({line}번째 줄, {column}번째 열: {error}).</translation>
    </message>
    <message>
        <source>The reply is valid JSON.</source>
        <comment>evals.json</comment>
        <translation>응답이 올바른 JSON입니다.</translation>
    </message>
    <message>
        <source>Valid JSON, but {problem}.</source>
        <comment>evals.json-not-schema</comment>
        <translation>올바른 JSON이지만 {problem}.</translation>
    </message>
    <message>
        <source>The reply is valid JSON that matches the schema.</source>
        <comment>evals.json-schema</comment>
        <translation>응답이 스키마에 맞는 올바른 JSON입니다.</translation>
    </message>
    <message>
        <source>The reply contains no JSON object.</source>
        <comment>evals.no-json-object</comment>
        <translation>응답에 JSON 객체가 없습니다.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object.</source>
        <comment>evals.json-object</comment>
        <translation>응답에 JSON 객체가 있습니다.</translation>
    </message>
    <message>
        <source>The reply contains a JSON object that matches the schema.</source>
        <comment>evals.json-object-schema</comment>
        <translation>응답에 스키마에 맞는 JSON 객체가 있습니다.</translation>
    </message>
    <message>
        <source>The reply contains JSON, but {problem}.</source>
        <comment>evals.json-object-not-schema</comment>
        <translation>응답에 JSON이 있지만 {problem}.</translation>
    </message>
    <message>
        <source>Hearth cannot use this check&apos;s schema ({error}).</source>
        <comment>evals.schema-unusable</comment>
        <translation>Hearth가 이 검사의 스키마를 사용할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <comment>evals.schema-one-more</comment>
        <translation>{problem} (외 문제 1개)</translation>
    </message>
    <message>
        <source>{problem} (and {more} more problems)</source>
        <comment>evals.schema-more</comment>
        <translation>{problem} (외 문제 {more}개)</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>evals.type-string</comment>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an integer</source>
        <comment>evals.type-integer</comment>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.type-number</comment>
        <translation>숫자</translation>
    </message>
    <message>
        <source>true or false</source>
        <comment>evals.type-boolean</comment>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>evals.type-object</comment>
        <translation>객체</translation>
    </message>
    <message>
        <source>a list</source>
        <comment>evals.type-array</comment>
        <translation>목록</translation>
    </message>
    <message>
        <source>null</source>
        <comment>evals.type-null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>the JSON</source>
        <comment>evals.schema-the-json</comment>
        <translation>JSON</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <comment>evals.schema-either</comment>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>{where} must be {kind}</source>
        <comment>evals.schema-type</comment>
        <translation>{where}은(는) {kind}이어야 합니다</translation>
    </message>
    <message>
        <source>{names} is missing from {where}</source>
        <comment>evals.schema-required-one</comment>
        <translation>{where}에 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{names} are missing from {where}</source>
        <comment>evals.schema-required</comment>
        <translation>{where}에 {names}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{where} must be {values}</source>
        <comment>evals.schema-enum</comment>
        <translation>{where}은(는) {values}이어야 합니다</translation>
    </message>
    <message>
        <source>{where} has {names}, which the schema does not allow</source>
        <comment>evals.schema-extra</comment>
        <translation>{where}에 스키마가 허용하지 않는 {names}이(가) 있습니다</translation>
    </message>
    <message>
        <source>{where} must be at least {bound}</source>
        <comment>evals.schema-minimum</comment>
        <translation>{where}은(는) {bound} 이상이어야 합니다</translation>
    </message>
    <message>
        <source>{where} must be at most {bound}</source>
        <comment>evals.schema-maximum</comment>
        <translation>{where}은(는) {bound} 이하여야 합니다</translation>
    </message>
    <message>
        <source>{where} must be more than {bound}</source>
        <comment>evals.schema-more-than</comment>
        <translation>{where}은(는) {bound}보다 커야 합니다</translation>
    </message>
    <message>
        <source>{where} must be less than {bound}</source>
        <comment>evals.schema-less-than</comment>
        <translation>{where}은(는) {bound}보다 작아야 합니다</translation>
    </message>
    <message>
        <source>{where} must match the pattern {pattern}</source>
        <comment>evals.schema-pattern</comment>
        <translation>{where}은(는) 패턴 {pattern}과(와) 일치해야 합니다</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <comment>evals.schema-other</comment>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at least {bound} are asked for</source>
        <comment>evals.min-item</comment>
        <translation>{where}에 항목이 {count}개 있지만, 최소 {bound}개가 필요합니다</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at least {bound} are asked for</source>
        <comment>evals.min-items</comment>
        <translation>{where}에 항목이 {count}개 있지만, 최소 {bound}개가 필요합니다</translation>
    </message>
    <message>
        <source>{where} has {count} item, where at most {bound} are asked for</source>
        <comment>evals.max-item</comment>
        <translation>{where}에 항목이 {count}개 있지만, 최대 {bound}개까지 허용됩니다</translation>
    </message>
    <message>
        <source>{where} has {count} items, where at most {bound} are asked for</source>
        <comment>evals.max-items</comment>
        <translation>{where}에 항목이 {count}개 있지만, 최대 {bound}개까지 허용됩니다</translation>
    </message>
    <message>
        <source>This “{type}” check needs {what} as its value.</source>
        <comment>evals.needs-number</comment>
        <translation>이 “{type}” 검사에는 값으로 {what}이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>evals.a-number</comment>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a time limit in milliseconds</source>
        <comment>evals.a-time-limit</comment>
        <translation>밀리초 단위의 시간 제한</translation>
    </message>
    <message>
        <source>a number of words</source>
        <comment>evals.a-number-of-words</comment>
        <translation>단어 수</translation>
    </message>
    <message>
        <source>a speed in tokens/s</source>
        <comment>evals.a-speed</comment>
        <translation>토큰/초 단위의 속도</translation>
    </message>
    <message>
        <source>This “word-count” check needs “min”, “max” or both.</source>
        <comment>evals.word-count-bounds</comment>
        <translation>이 “word-count” 검사에는 “min”, “max” 또는 둘 다 필요합니다.</translation>
    </message>
    <message>
        <source>This “word-count” check&apos;s minimum ({low}) is more than its maximum ({high}).</source>
        <comment>evals.word-count-crossed</comment>
        <translation>이 “word-count” 검사의 최솟값({low})이 최댓값({high})보다 큽니다.</translation>
    </message>
    <message>
        <source>This “finish-reason” check takes one of {reasons}.</source>
        <comment>evals.bad-finish-reason</comment>
        <translation>이 “finish-reason” 검사에는 {reasons} 중 하나를 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The reply took {took}, within the {limit} allowed.</source>
        <comment>evals.latency</comment>
        <translation>응답에 {took} 걸렸습니다. 허용된 {limit} 이내입니다.</translation>
    </message>
    <message>
        <source>The reply took {took}, over the {limit} allowed.</source>
        <comment>evals.latency-over</comment>
        <translation>응답에 {took} 걸려 허용된 {limit}을(를) 넘었습니다.</translation>
    </message>
    <message>
        <source>{count} word</source>
        <comment>evals.one-word</comment>
        <translation>{count}단어</translation>
    </message>
    <message>
        <source>{count} words</source>
        <comment>evals.words</comment>
        <translation>{count}단어</translation>
    </message>
    <message>
        <source>The reply has {words}.</source>
        <comment>evals.word-count</comment>
        <translation>응답은 {words}입니다.</translation>
    </message>
    <message>
        <source>The reply has {words}, not {wanted}.</source>
        <comment>evals.word-count-not</comment>
        <translation>응답은 {wanted}이(가) 아니라 {words}입니다.</translation>
    </message>
    <message>
        <source>The reply has {words}, fewer than the {low} asked for.</source>
        <comment>evals.word-count-fewer</comment>
        <translation>응답은 {words}로, 요청한 최소 {low}보다 적습니다.</translation>
    </message>
    <message>
        <source>The reply has {words}, more than the {high} allowed.</source>
        <comment>evals.word-count-more</comment>
        <translation>응답은 {words}로, 허용된 최대 {high}보다 많습니다.</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} and at most {high} asked for).</source>
        <comment>evals.words-between</comment>
        <translation>응답은 {words}입니다(요청: 최소 {low}, 최대 {high}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at least {low} asked for).</source>
        <comment>evals.words-at-least</comment>
        <translation>응답은 {words}입니다(요청: 최소 {low}).</translation>
    </message>
    <message>
        <source>The reply has {words} (at most {high} asked for).</source>
        <comment>evals.words-at-most</comment>
        <translation>응답은 {words}입니다(요청: 최대 {high}).</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, at least the {limit} asked for.</source>
        <comment>evals.speed</comment>
        <translation>응답 속도는 {speed} 토큰/초로, 요청한 {limit} 이상입니다.</translation>
    </message>
    <message>
        <source>The reply came at {speed} tokens/s, slower than the {limit} asked for.</source>
        <comment>evals.speed-slow</comment>
        <translation>응답 속도는 {speed} 토큰/초로, 요청한 {limit}보다 느립니다.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}.</source>
        <comment>evals.finish-reason</comment>
        <translation>응답 종료 이유: {reason}.</translation>
    </message>
    <message>
        <source>The reply ended with {reason}, not {expected}.</source>
        <comment>evals.finish-reason-not</comment>
        <translation>응답 종료 이유가 {expected}이(가) 아니라 {reason}입니다.</translation>
    </message>
    <message>
        <source>Choose an embedding model to run “{type}” checks.</source>
        <comment>evals.needs-embedder</comment>
        <translation>“{type}” 검사를 실행하려면 임베딩 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose a judge model to run “{type}” checks.</source>
        <comment>evals.needs-judge</comment>
        <translation>“{type}” 검사를 실행하려면 심사 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>This “{type}” check needs the expected answer, or a list of them.</source>
        <comment>evals.similar-needs</comment>
        <translation>이 “{type}” 검사에는 예상 답변이나 예상 답변 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>This “{type}” check&apos;s threshold must be a similarity from -1 to 1.</source>
        <comment>evals.similar-threshold</comment>
        <translation>이 “{type}” 검사의 임계값은 -1에서 1 사이의 유사도여야 합니다.</translation>
    </message>
    <message>
        <source>The embedding model did not give one vector per text.</source>
        <comment>evals.embedder-miscounted</comment>
        <translation>임베딩 모델이 텍스트마다 벡터를 하나씩 내놓지 않았습니다.</translation>
    </message>
    <message>
        <source>the closest expected answer, {answer}</source>
        <comment>evals.closest-answer</comment>
        <translation>가장 가까운 예상 답변 {answer}</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, at least the {threshold} asked for.</source>
        <comment>evals.similar</comment>
        <translation>응답과 {against}의 유사도는 {similarity}이며, 요청한 {threshold} 이상입니다.</translation>
    </message>
    <message>
        <source>The reply&apos;s similarity to {against} is {similarity}, below the {threshold} asked for.</source>
        <comment>evals.not-similar</comment>
        <translation>응답과 {against}의 유사도는 {similarity}이며, 요청한 {threshold}보다 낮습니다.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a rubric: what a good reply does, in a sentence.</source>
        <comment>evals.rubric-needed</comment>
        <translation>이 “{type}” 검사에는 채점 기준이 필요합니다. 좋은 응답이 하는 일을 한 문장으로 쓰세요.</translation>
    </message>
    <message>
        <source>“nothing”</source>
        <comment>evals.judge-said-nothing</comment>
        <translation>“빈 답변”</translation>
    </message>
    <message>
        <source>The judge model did not answer with a verdict (JSON with “reason”, “pass” and “score”), so this check cannot tell: it answered {answer}.</source>
        <comment>evals.judge-no-verdict</comment>
        <translation>심사 모델이 판정(“reason”, “pass”, “score”가 있는 JSON)으로 답하지 않아 이 검사로는 판단할 수 없습니다. 심사 모델의 답변: {answer}.</translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <comment>evals.judge-no-reason</comment>
        <translation>이유를 제시하지 않았습니다</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-met-below</comment>
        <translation>심사 모델에 따르면 응답이 채점 기준 {rubric}을(를) 충족합니다(점수 {score}): {why}. 다만 점수가 요청한 {threshold}보다 낮습니다.</translation>
    </message>
    <message>
        <source>The judge model says the reply meets the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-met</comment>
        <translation>심사 모델에 따르면 응답이 채점 기준 {rubric}을(를) 충족합니다(점수 {score}): {why}.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}; the score is below the {threshold} asked for.</source>
        <comment>evals.rubric-not-met-below</comment>
        <translation>심사 모델에 따르면 응답이 채점 기준 {rubric}을(를) 충족하지 않습니다(점수 {score}): {why}. 또한 점수가 요청한 {threshold}보다 낮습니다.</translation>
    </message>
    <message>
        <source>The judge model says the reply does not meet the rubric {rubric} (score {score}): {why}.</source>
        <comment>evals.rubric-not-met</comment>
        <translation>심사 모델에 따르면 응답이 채점 기준 {rubric}을(를) 충족하지 않습니다(점수 {score}): {why}.</translation>
    </message>
    <message>
        <source>This “{type}” check needs some text to look for.</source>
        <comment>evals.needs-text</comment>
        <translation>이 “{type}” 검사에는 찾을 텍스트가 필요합니다.</translation>
    </message>
    <message>
        <source>This “{type}” check needs a list of texts to look for.</source>
        <comment>evals.needs-texts</comment>
        <translation>이 “{type}” 검사에는 찾을 텍스트 목록이 필요합니다.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a regular expression Hearth can read ({error}).</source>
        <comment>evals.bad-pattern</comment>
        <translation>패턴 {pattern}은(는) Hearth가 읽을 수 있는 정규식이 아닙니다({error}).</translation>
    </message>
    <message>
        <source>The reply is not JSON, so it is not {expected}.</source>
        <comment>evals.equals-not-json</comment>
        <translation>응답이 JSON이 아니므로 {expected}이(가) 아닙니다.</translation>
    </message>
    <message>
        <source>The reply is the JSON {expected}.</source>
        <comment>evals.equals-json</comment>
        <translation>응답이 JSON {expected}과(와) 같습니다.</translation>
    </message>
    <message>
        <source>The reply is not the JSON {expected}.</source>
        <comment>evals.equals-not-the-json</comment>
        <translation>응답이 JSON {expected}과(와) 다릅니다.</translation>
    </message>
    <message>
        <source>The reply is exactly {expected}.</source>
        <comment>evals.equals</comment>
        <translation>응답이 {expected}과(와) 정확히 일치합니다.</translation>
    </message>
    <message>
        <source>The reply is not exactly {expected}: it is {reply}.</source>
        <comment>evals.not-equals</comment>
        <translation>응답이 {expected}과(와) 정확히 일치하지 않습니다. 실제 응답: {reply}.</translation>
    </message>
    <message>
        <source>The reply contains {value} (ignoring case).</source>
        <comment>evals.icontains</comment>
        <translation>응답에 {value}이(가) 포함되어 있습니다(대소문자 무시).</translation>
    </message>
    <message>
        <source>The reply contains {value}.</source>
        <comment>evals.contains</comment>
        <translation>응답에 {value}이(가) 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>The reply does not contain {value} (ignoring case).</source>
        <comment>evals.not-icontains</comment>
        <translation>응답에 {value}이(가) 포함되어 있지 않습니다(대소문자 무시).</translation>
    </message>
    <message>
        <source>The reply does not contain {value}.</source>
        <comment>evals.not-contains</comment>
        <translation>응답에 {value}이(가) 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The reply contains none of {values} (ignoring case).</source>
        <comment>evals.icontains-none</comment>
        <translation>응답에 {values} 중 어느 것도 포함되어 있지 않습니다(대소문자 무시).</translation>
    </message>
    <message>
        <source>The reply contains none of {values}.</source>
        <comment>evals.contains-none</comment>
        <translation>응답에 {values} 중 어느 것도 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The reply contains all of {values} (ignoring case).</source>
        <comment>evals.icontains-all</comment>
        <translation>응답에 {values}이(가) 모두 포함되어 있습니다(대소문자 무시).</translation>
    </message>
    <message>
        <source>The reply contains all of {values}.</source>
        <comment>evals.contains-all</comment>
        <translation>응답에 {values}이(가) 모두 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>The reply starts with {value}.</source>
        <comment>evals.starts-with</comment>
        <translation>응답이 {value}(으)로 시작합니다.</translation>
    </message>
    <message>
        <source>The reply does not start with {value}: it starts with {start}.</source>
        <comment>evals.not-starts-with</comment>
        <translation>응답이 {value}(으)로 시작하지 않습니다. 실제 시작: {start}.</translation>
    </message>
    <message>
        <source>The reply ends with {value}.</source>
        <comment>evals.ends-with</comment>
        <translation>응답이 {value}(으)로 끝납니다.</translation>
    </message>
    <message>
        <source>The reply does not end with {value}.</source>
        <comment>evals.not-ends-with</comment>
        <translation>응답이 {value}(으)로 끝나지 않습니다.</translation>
    </message>
    <message>
        <source>The reply matches the pattern {pattern}.</source>
        <comment>evals.matches</comment>
        <translation>응답이 패턴 {pattern}과(와) 일치합니다.</translation>
    </message>
    <message>
        <source>The reply does not match the pattern {pattern}.</source>
        <comment>evals.not-matches</comment>
        <translation>응답이 패턴 {pattern}과(와) 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>This “language” check takes a language&apos;s name or two-letter code: one of {languages}.</source>
        <comment>evals.bad-language</comment>
        <translation>이 “language” 검사에는 언어 이름이나 두 글자 코드를 쓰세요. 사용할 수 있는 값: {languages}.</translation>
    </message>
    <message>
        <source>Hearth cannot tell which language the reply is in.</source>
        <comment>evals.language-unknown</comment>
        <translation>Hearth가 응답의 언어를 알아낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The reply is in {language}.</source>
        <comment>evals.language</comment>
        <translation>응답 언어는 {language}입니다.</translation>
    </message>
    <message>
        <source>The reply seems to be in {found}, not {language}.</source>
        <comment>evals.not-language</comment>
        <translation>응답 언어가 {language}이(가) 아니라 {found}인 것 같습니다.</translation>
    </message>
    <message>
        <source>This “tool-call” check&apos;s arguments must be an object of names and values.</source>
        <comment>evals.tool-call-bad-arguments</comment>
        <translation>이 “tool-call” 검사의 인수는 이름과 값으로 된 객체여야 합니다.</translation>
    </message>
    <message>
        <source>This “tool-call” check needs a tool&apos;s name, or {{“name”, “arguments”}}.</source>
        <comment>evals.tool-call-needs-name</comment>
        <translation>이 “tool-call” 검사에는 도구 이름 또는 {{“name”, “arguments”}}이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>The reply calls no tool.</source>
        <comment>evals.no-tool-call</comment>
        <translation>응답이 도구를 호출하지 않습니다.</translation>
    </message>
    <message>
        <source>The reply calls {called}, not {tool}.</source>
        <comment>evals.other-tool-call</comment>
        <translation>응답이 {tool}이(가) 아닌 {called}을(를) 호출합니다.</translation>
    </message>
    <message>
        <source>The reply calls {tool}.</source>
        <comment>evals.tool-call</comment>
        <translation>응답이 {tool}을(를) 호출합니다.</translation>
    </message>
    <message>
        <source>The reply calls {tool} with {arguments}.</source>
        <comment>evals.tool-call-arguments</comment>
        <translation>응답이 {tool}을(를) 인수 {arguments}(으)로 호출합니다.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, but {problem}.</source>
        <comment>evals.tool-call-problem</comment>
        <translation>응답이 {tool}을(를) 호출하지만 {problem}.</translation>
    </message>
    <message>
        <source>The reply calls {tool}, which this case does not offer.</source>
        <comment>evals.tool-not-offered</comment>
        <translation>응답이 이 케이스에서 제공하지 않는 {tool}을(를) 호출합니다.</translation>
    </message>
    <message>
        <source>Every tool call in the reply ({tools}) is valid.</source>
        <comment>evals.tool-calls-valid</comment>
        <translation>응답의 모든 도구 호출({tools})이 올바릅니다.</translation>
    </message>
    <message>
        <source>{name} is not an object</source>
        <comment>evals.argument-not-object</comment>
        <translation>{name}이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>its arguments is not an object</source>
        <comment>evals.arguments-not-object</comment>
        <translation>인수가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>its arguments have no {name}</source>
        <comment>evals.argument-missing</comment>
        <translation>인수에 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>its {name} is {actual}, not {expected}</source>
        <comment>evals.argument-differs</comment>
        <translation>{name}이(가) {expected}이(가) 아니라 {actual}입니다</translation>
    </message>
</context>
<context>
    <name>Evals</name>
    <message>
        <source>Hearth cannot read {name} as a model file.</source>
        <comment>evals.embedder-unreadable</comment>
        <translation>Hearth가 {name}을(를) 모델 파일로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is a chat model, not an embedding model, so it cannot compare answers for “similar” checks. Choose an embedding model of your library (such as all-MiniLM or nomic-embed-text).</source>
        <comment>evals.embedder-is-chat-model</comment>
        <translation>{name}은(는) 임베딩 모델이 아닌 채팅 모델이라 “유사” 검사에서 답변을 비교할 수 없습니다. 내 모델에 있는 임베딩 모델(예: all-MiniLM, nomic-embed-text)을 선택하세요.</translation>
    </message>
    <message>
        <source>the suite “{name}”</source>
        <comment>evals.the-named-suite</comment>
        <translation>“{name}” 모음</translation>
    </message>
    <message>
        <source>Hearth could not save the suite “{name}” in {folder}.</source>
        <comment>evals.suite-not-saved</comment>
        <translation>Hearth가 “{name}” 모음을 {folder}에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”: choose another name.</source>
        <comment>evals.suite-name-taken</comment>
        <translation>“{name}” 모음이 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Hearth could not rename the suite “{name}”.</source>
        <comment>evals.suite-not-renamed</comment>
        <translation>Hearth가 “{name}” 모음의 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Hearth could not delete the suite “{name}”.</source>
        <comment>evals.suite-not-deleted</comment>
        <translation>Hearth가 “{name}” 모음을 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>an assertion should be a type with its value, and one is not</source>
        <comment>evals.promptfoo-bad-assertion</comment>
        <translation>어설션은 유형과 값으로 되어 있어야 하는데, 그렇지 않은 어설션이 있습니다</translation>
    </message>
    <message>
        <source>the assertion {ref} names no assertion template</source>
        <comment>evals.promptfoo-no-template</comment>
        <translation>어설션 {ref}이(가) 가리키는 어설션 템플릿이 없습니다</translation>
    </message>
    <message>
        <source>an assertion has no type</source>
        <comment>evals.promptfoo-no-type</comment>
        <translation>유형이 없는 어설션이 있습니다</translation>
    </message>
    <message>
        <source>the {what} of a {type} assertion should be a number, and it is {value}</source>
        <comment>evals.promptfoo-assertion-not-number</comment>
        <translation>{type} 어설션의 {what}은(는) 숫자여야 하지만 {value}입니다</translation>
    </message>
    <message>
        <source>Hearth cannot read {name} as a promptfoo configuration: {problem}</source>
        <comment>evals.promptfoo-unreadable</comment>
        <translation>Hearth가 {name}을(를) promptfoo 구성으로 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Hearth could not save {path}. Choose another folder, or free some disk space.</source>
        <comment>evals.promptfoo-not-saved</comment>
        <translation>Hearth가 {path}을(를) 저장할 수 없습니다. 다른 폴더를 선택하거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <source>the file cannot be opened.</source>
        <comment>evals.promptfoo-not-opened</comment>
        <translation>파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>it is not valid YAML (see the details for where).</source>
        <comment>evals.promptfoo-not-yaml</comment>
        <translation>올바른 YAML이 아닙니다(위치는 세부 정보를 참조하세요).</translation>
    </message>
    <message>
        <source>it should hold settings such as &apos;prompts&apos; and &apos;tests&apos;, and it does not.</source>
        <comment>evals.promptfoo-not-settings</comment>
        <translation>&apos;prompts&apos;, &apos;tests&apos; 같은 설정이 있어야 하는데 없습니다.</translation>
    </message>
    <message>
        <source>its &apos;assertionTemplates&apos; should be named assertions, and they are not.</source>
        <comment>evals.promptfoo-bad-templates</comment>
        <translation>&apos;assertionTemplates&apos;는 이름이 붙은 어설션이어야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>the threshold of defaultTest</source>
        <comment>evals.promptfoo-default-threshold</comment>
        <translation>defaultTest의 임계값</translation>
    </message>
    <message>
        <source>test {number} of {file}</source>
        <comment>evals.promptfoo-test-of-file</comment>
        <translation>{file}의 테스트 {number}</translation>
    </message>
    <message>
        <source>test {number}</source>
        <comment>evals.promptfoo-test</comment>
        <translation>테스트 {number}</translation>
    </message>
    <message>
        <source>the test &apos;{name}&apos;</source>
        <comment>evals.promptfoo-named-test</comment>
        <translation>테스트 &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>it has no &apos;prompts&apos;, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-no-prompts</comment>
        <translation>&apos;prompts&apos;가 없어 모델에 물어볼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; should be a prompt or a list of prompts, and they are not.</source>
        <comment>evals.promptfoo-bad-prompts</comment>
        <translation>&apos;prompts&apos;는 프롬프트 하나 또는 프롬프트 목록이어야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>its &apos;prompts&apos; list is empty, so there is nothing to ask the models.</source>
        <comment>evals.promptfoo-empty-prompts</comment>
        <translation>&apos;prompts&apos; 목록이 비어 있어 모델에 물어볼 내용이 없습니다.</translation>
    </message>
    <message>
        <source>prompt {number} is neither text, a file:// reference, nor a prompt with &apos;raw&apos; text.</source>
        <comment>evals.promptfoo-bad-prompt</comment>
        <translation>프롬프트 {number}이(가) 텍스트도, file:// 참조도, &apos;raw&apos; 텍스트가 있는 프롬프트도 아닙니다.</translation>
    </message>
    <message>
        <source>Hearth reads prompts from .txt, .md, .j2 and .json files, and {file} is not one.</source>
        <comment>evals.promptfoo-prompt-file-kind</comment>
        <translation>Hearth는 .txt, .md, .j2, .json 파일에서 프롬프트를 읽는데, {file}은(는) 이 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>its &apos;defaultTest&apos; should be a test (vars, assert, …), and it is not.</source>
        <comment>evals.promptfoo-bad-default-test</comment>
        <translation>&apos;defaultTest&apos;는 테스트(vars, assert, …)여야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>its &apos;tests&apos; should be a list of tests or a file:// reference, and they are not.</source>
        <comment>evals.promptfoo-bad-tests</comment>
        <translation>&apos;tests&apos;는 테스트 목록이나 file:// 참조여야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>Hearth reads tests written in the file or in files it names (file://…), not {item}.</source>
        <comment>evals.promptfoo-tests-elsewhere</comment>
        <translation>Hearth는 파일 안에 작성된 테스트나 파일이 가리키는 파일(file://…)의 테스트만 읽습니다. {item}은(는) 읽지 않습니다.</translation>
    </message>
    <message>
        <source>an item of its &apos;tests&apos; is neither a test nor a file:// reference.</source>
        <comment>evals.promptfoo-bad-tests-item</comment>
        <translation>&apos;tests&apos;에 테스트도 file:// 참조도 아닌 항목이 있습니다.</translation>
    </message>
    <message>
        <source>Hearth reads tests from .csv, .yaml, .yml, .json and .jsonl files, and {file} is not one.</source>
        <comment>evals.promptfoo-tests-file-kind</comment>
        <translation>Hearth는 .csv, .yaml, .yml, .json, .jsonl 파일에서 테스트를 읽는데, {file}은(는) 이 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>{file} is not JSON Lines.</source>
        <comment>evals.promptfoo-not-jsonl</comment>
        <translation>{file}은(는) JSON Lines가 아닙니다.</translation>
    </message>
    <message>
        <source>{file} should hold a list of tests, and it does not.</source>
        <comment>evals.promptfoo-not-tests</comment>
        <translation>{file}에는 테스트 목록이 있어야 하는데 없습니다.</translation>
    </message>
    <message>
        <source>the &apos;options&apos; of {where} are not settings.</source>
        <comment>evals.promptfoo-bad-options</comment>
        <translation>{where}의 &apos;options&apos;가 설정 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>the threshold of {where}</source>
        <comment>evals.promptfoo-threshold-of</comment>
        <translation>{where}의 임계값</translation>
    </message>
    <message>
        <source>the &apos;prompts&apos; of {where} should be a list of prompt labels, and they are not.</source>
        <comment>evals.promptfoo-bad-test-prompts</comment>
        <translation>{where}의 &apos;prompts&apos;는 프롬프트 레이블 목록이어야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>the &apos;vars&apos; of {where} should be names with values, and they are not.</source>
        <comment>evals.promptfoo-bad-vars</comment>
        <translation>{where}의 &apos;vars&apos;는 이름과 값으로 되어 있어야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>the &apos;assert&apos; of {where} should be a list of assertions, and it is not.</source>
        <comment>evals.promptfoo-bad-assert</comment>
        <translation>{where}의 &apos;assert&apos;는 어설션 목록이어야 하는데 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>{problem} (in {where}).</source>
        <comment>evals.promptfoo-in-test</comment>
        <translation>{problem} (위치: {where}).</translation>
    </message>
    <message>
        <source>{what} should be a number, and it is {value}.</source>
        <comment>evals.promptfoo-not-number</comment>
        <translation>{what}은(는) 숫자여야 하지만 {value}입니다.</translation>
    </message>
    <message>
        <source>its {what} {file} is made by code or a pattern of files, which Hearth does not run.</source>
        <comment>evals.promptfoo-code-file</comment>
        <translation>{what} {file}은(는) 코드나 파일 패턴으로 만들어지는데, Hearth는 이를 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>the file it names, {file}, cannot be read.</source>
        <comment>evals.promptfoo-file-unreadable</comment>
        <translation>지정된 파일 {file}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>its {what} &apos;{file}&apos; is neither written out nor a file:// reference.</source>
        <comment>evals.promptfoo-not-written-out</comment>
        <translation>{what} &apos;{file}&apos;은(는) 직접 작성된 내용도 file:// 참조도 아닙니다.</translation>
    </message>
    <message>
        <source>{file} is not valid YAML or JSON.</source>
        <comment>evals.promptfoo-file-not-yaml</comment>
        <translation>{file}은(는) 올바른 YAML 또는 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>another model file</source>
        <comment>evals.differs-file</comment>
        <translation>다른 모델 파일</translation>
    </message>
    <message>
        <source>another file name</source>
        <comment>evals.differs-file-name</comment>
        <translation>다른 파일 이름</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>evals.unknown-quantization</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>quantization {before}, not {after}</source>
        <comment>evals.differs-quantization</comment>
        <translation>양자화 {before}(지금은 {after})</translation>
    </message>
    <message>
        <source>a context of {before} tokens, not {after}</source>
        <comment>evals.differs-context</comment>
        <translation>컨텍스트 {before} 토큰(지금은 {after})</translation>
    </message>
    <message>
        <source>{setting} {before}, not {after}</source>
        <comment>evals.differs-sampler</comment>
        <translation>{setting} {before}(지금은 {after})</translation>
    </message>
    <message>
        <source>seeds {before}, not {after}</source>
        <comment>evals.differs-seeds</comment>
        <translation>시드 {before}(지금은 {after})</translation>
    </message>
    <message>
        <source>Hearth {before}, not {after}</source>
        <comment>evals.differs-version</comment>
        <translation>Hearth {before}(지금은 {after})</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-seeds</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>evals.column-model</comment>
        <translation>모델</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <comment>evals.column-pass-rate</comment>
        <translation>통과율</translation>
    </message>
    <message>
        <source>Passed</source>
        <comment>evals.column-passed</comment>
        <translation>통과</translation>
    </message>
    <message>
        <source>{passed} of {replies}</source>
        <comment>evals.passed-of</comment>
        <translation>{replies}개 중 {passed}개</translation>
    </message>
    <message>
        <source>JSON valid</source>
        <comment>evals.column-json-valid</comment>
        <translation>올바른 JSON</translation>
    </message>
    <message>
        <source>Schema valid</source>
        <comment>evals.column-schema-valid</comment>
        <translation>스키마 일치</translation>
    </message>
    <message>
        <source>Schema valid with Hearth&apos;s grammar</source>
        <comment>evals.column-schema-valid-grammar</comment>
        <translation>Hearth 문법 적용 시 스키마 일치</translation>
    </message>
    <message>
        <source>Tool arguments valid</source>
        <comment>evals.column-tool-arguments-valid</comment>
        <translation>올바른 도구 인수</translation>
    </message>
    <message>
        <source>Cut by the length limit</source>
        <comment>evals.column-length-cut</comment>
        <translation>길이 제한으로 잘림</translation>
    </message>
    <message>
        <source>Pass-rate spread</source>
        <comment>evals.column-spread</comment>
        <translation>통과율 편차</translation>
    </message>
    <message>
        <source>Flaky cases</source>
        <comment>evals.column-flaky</comment>
        <translation>불안정한 케이스</translation>
    </message>
    <message>
        <source>First token</source>
        <comment>evals.column-first-token</comment>
        <translation>첫 토큰</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <comment>evals.column-speed</comment>
        <translation>토큰/초</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>evals.column-memory</comment>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Verdict</source>
        <comment>evals.column-verdict</comment>
        <translation>판정</translation>
    </message>
    <message>
        <source>Licence</source>
        <comment>evals.column-licence</comment>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>evals.seconds</comment>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-flaky-cases</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>{points} points</source>
        <comment>evals.spread-points</comment>
        <translation>{points}%p</translation>
    </message>
    <message>
        <source>the earlier run {run} of this suite ran {model} with {differences}, so its results are not comparable with these.</source>
        <comment>evals.not-comparable</comment>
        <translation>이 모음의 이전 실행 {run}은(는) {model}을(를) 다른 조건으로 실행했으므로 그 결과를 이번 결과와 비교할 수 없습니다: {differences}.</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <comment>evals.list-more</comment>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>That evaluation run is gone.</source>
        <comment>evals.run-gone</comment>
        <translation>그 평가 실행이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>That reply of the evaluation run is gone.</source>
        <comment>evals.reply-gone</comment>
        <translation>평가 실행의 그 응답이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Hearth cannot read the suite {path}.</source>
        <comment>evals.suite-unreadable</comment>
        <translation>Hearth가 모음 {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>the suite</source>
        <comment>evals.the-suite</comment>
        <translation>모음</translation>
    </message>
    <message>
        <source>Line {number} of {where} is not JSON: {error} at column {column}. Each line must be one case, a JSON object on one line.</source>
        <comment>evals.line-not-json</comment>
        <translation>{where}의 {number}번째 줄이 JSON이 아닙니다({column}번째 열: {error}). 각 줄은 케이스 하나, 즉 한 줄로 된 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Line {number} of {where}: {problem}</source>
        <comment>evals.line-problem</comment>
        <translation>{where}의 {number}번째 줄: {problem}</translation>
    </message>
    <message>
        <source>There are no cases in {where}: write one JSON object a line, with at least a “prompt”.</source>
        <comment>evals.no-cases</comment>
        <translation>{where}에 케이스가 없습니다. 한 줄에 JSON 객체를 하나씩, 최소한 “prompt”를 넣어 작성하세요.</translation>
    </message>
    <message>
        <source>a case must be a JSON object such as {{“prompt”: “…”, “checks”: […]}}.</source>
        <comment>evals.case-not-object</comment>
        <translation>케이스는 {{“prompt”: “…”, “checks”: […]}} 같은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{names} is not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-key</comment>
        <translation>{names}은(는) 케이스 항목이 아닙니다. 케이스에 쓸 수 있는 항목: {allowed}.</translation>
    </message>
    <message>
        <source>{names} are not part of a case; a case may have {allowed}.</source>
        <comment>evals.unknown-keys</comment>
        <translation>{names}은(는) 케이스 항목이 아닙니다. 케이스에 쓸 수 있는 항목: {allowed}.</translation>
    </message>
    <message>
        <source>{problem} Write promptfoo&apos;s “assert” as “checks”.</source>
        <comment>evals.assert-hint</comment>
        <translation>{problem} promptfoo의 “assert”는 “checks”로 쓰세요.</translation>
    </message>
    <message>
        <source>the case has no “prompt” (the text to ask each model).</source>
        <comment>evals.no-prompt</comment>
        <translation>케이스에 “prompt”(각 모델에 물어볼 텍스트)가 없습니다.</translation>
    </message>
    <message>
        <source>“vars” must be an object of names and values, such as {{“city”: “Paris”}}.</source>
        <comment>evals.bad-vars</comment>
        <translation>“vars”는 {{“city”: “Paris”}}처럼 이름과 값으로 된 객체여야 합니다.</translation>
    </message>
    <message>
        <source>“checks” must be a list of checks, such as [{{“type”: “contains”, “value”: “Paris”}}].</source>
        <comment>evals.bad-checks</comment>
        <translation>“checks”는 [{{“type”: “contains”, “value”: “Paris”}}]처럼 검사 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>“description” must be text.</source>
        <comment>evals.bad-description</comment>
        <translation>“description”은 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>“tools” must be a list of OpenAI tools, each {{“type”: “function”, “function”: {{“name”, …}}}}.</source>
        <comment>evals.bad-tools</comment>
        <translation>“tools”는 OpenAI 도구 목록이어야 하며, 각 도구는 {{“type”: “function”, “function”: {{“name”, …}}}} 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>the case&apos;s “threshold”</source>
        <comment>evals.case-threshold</comment>
        <translation>케이스의 “threshold”</translation>
    </message>
    <message>
        <source>the prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.case-missing-variable</comment>
        <translation>프롬프트에 변수 “{name}”이(가) 필요하지만 이 케이스에는 없습니다. “{column}” 열 또는 var를 추가하세요(이 케이스의 변수: {given}).</translation>
    </message>
    <message>
        <source>check {index} needs a “type”, such as {{“type”: “icontains”, “value”: “Paris”}}.</source>
        <comment>evals.check-no-type</comment>
        <translation>검사 {index}에 {{“type”: “icontains”, “value”: “Paris”}} 같은 “type”이 필요합니다.</translation>
    </message>
    <message>
        <source>check {index}&apos;s “weight” must be a number, 0 or more (0: shown, never counted).</source>
        <comment>evals.check-bad-weight</comment>
        <translation>검사 {index}의 “weight”는 0 이상의 숫자여야 합니다(0: 표시만 하고 반영 안 함).</translation>
    </message>
    <message>
        <source>check {index}&apos;s “threshold” must be a number.</source>
        <comment>evals.check-bad-threshold</comment>
        <translation>검사 {index}의 “threshold”는 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>check {index} ({type}): {problem}</source>
        <comment>evals.check-problem</comment>
        <translation>검사 {index}({type}): {problem}</translation>
    </message>
    <message>
        <source>Hearth cannot read the table {path}.</source>
        <comment>evals.table-unreadable</comment>
        <translation>Hearth가 표 {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The table {path} is empty: its first row must name the variables, one a column.</source>
        <comment>evals.table-empty</comment>
        <translation>표 {path}이(가) 비어 있습니다. 첫 행에 변수 이름을 열마다 하나씩 적어야 합니다.</translation>
    </message>
    <message>
        <source>The first row of {path} must name each column once (it reads: {header}).</source>
        <comment>evals.table-header</comment>
        <translation>{path}의 첫 행에는 각 열의 이름이 한 번씩만 있어야 합니다(현재: {header}).</translation>
    </message>
    <message>
        <source>Line {number} of {path} has {cells} cells, but the first row names {columns} columns. Put quotes around a value that holds a comma.</source>
        <comment>evals.table-row-too-long</comment>
        <translation>{path}의 {number}번째 줄에는 셀이 {cells}개 있지만 첫 행에는 열 이름이 {columns}개 있습니다. 쉼표가 들어 있는 값은 따옴표로 묶으세요.</translation>
    </message>
    <message>
        <source>Write the prompt first: the table&apos;s rows fill its {{{{variables}}}}.</source>
        <comment>evals.table-no-prompt</comment>
        <translation>먼저 프롬프트를 쓰세요. 표의 행이 프롬프트의 {{{{variables}}}} 자리를 채웁니다.</translation>
    </message>
    <message>
        <source>The table has no rows: each row of values becomes one case.</source>
        <comment>evals.table-no-rows</comment>
        <translation>표에 행이 없습니다. 값이 담긴 각 행이 케이스 하나가 됩니다.</translation>
    </message>
    <message>
        <source>Row {number} of the table: {problem}</source>
        <comment>evals.table-row-problem</comment>
        <translation>표의 {number}번째 행: {problem}</translation>
    </message>
    <message>
        <source>The row {row} of the table&apos;s __expected column: {problem}</source>
        <comment>evals.table-expected</comment>
        <translation>표의 __expected 열, {row}번째 행: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a number from 0 to 1 (the share of the weighted score a reply needs).</source>
        <comment>evals.bad-threshold</comment>
        <translation>{what}은(는) 0에서 1 사이의 숫자여야 합니다(응답에 필요한 가중 점수의 비율).</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>evals.case-passed</comment>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>evals.case-failed</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>flaky</source>
        <comment>evals.case-flaky</comment>
        <translation>불안정</translation>
    </message>
    <message>
        <source>On another computer</source>
        <comment>evals.on-another-computer</comment>
        <translation>다른 컴퓨터에서 실행</translation>
    </message>
    <message>
        <source>Not known to Hearth</source>
        <comment>evals.licence-unknown</comment>
        <translation>Hearth가 알 수 없음</translation>
    </message>
    <message>
        <source>It runs on another computer.</source>
        <comment>evals.runs-on-another-computer</comment>
        <translation>다른 컴퓨터에서 실행됩니다.</translation>
    </message>
    <message>
        <source>its licence is not known to Hearth</source>
        <comment>evals.licence-not-known</comment>
        <translation>Hearth가 라이선스를 알 수 없습니다</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow business use</source>
        <comment>evals.licence-not-business</comment>
        <translation>라이선스({licence})가 상업적 사용을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>its licence ({licence}) does not allow it</source>
        <comment>evals.licence-closed</comment>
        <translation>라이선스({licence})가 이 용도를 허용하지 않습니다</translation>
    </message>
    <message>
        <source>business use</source>
        <comment>evals.business-use</comment>
        <translation>상업적 사용</translation>
    </message>
    <message>
        <source>personal use</source>
        <comment>evals.personal-use</comment>
        <translation>개인적 사용</translation>
    </message>
    <message>
        <source>None of these models runs on this computer, so Hearth recommends none of them here.</source>
        <comment>evals.recommend-none-runs</comment>
        <translation>이 모델 중 이 컴퓨터에서 실행되는 모델이 없으므로 Hearth는 여기서 어느 모델도 추천하지 않습니다.</translation>
    </message>
    <message>
        <source>{model}: {reason}</source>
        <comment>evals.recommend-licence-reason</comment>
        <translation>{model}: {reason}</translation>
    </message>
    <message>
        <source>None of the models that run here has a licence that allows {use} ({reasons}).</source>
        <comment>evals.recommend-no-licence</comment>
        <translation>이 컴퓨터에서 실행되는 모델 중 {use}을 허용하는 라이선스를 가진 모델이 없습니다({reasons}).</translation>
    </message>
    <message>
        <source>No model that runs here with a licence for {use} passed any case; none is recommended.</source>
        <comment>evals.recommend-none-passed</comment>
        <translation>이 컴퓨터에서 실행되고 {use}이 가능한 라이선스를 가진 모델 중 케이스를 하나라도 통과한 모델이 없어 추천하지 않습니다.</translation>
    </message>
    <message>
        <source>{model} passes the most cases ({rate}) among the models that run here and whose licence allows {use}</source>
        <comment>evals.recommend-best</comment>
        <translation>이 컴퓨터에서 실행되고 라이선스가 {use}을 허용하는 모델 중 {model}이(가) 가장 많은 케이스를 통과합니다({rate})</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} passes as many, and {model} is faster</source>
        <comment>evals.recommend-tied-one</comment>
        <translation>{recommendation}. {tied}도 같은 수를 통과하지만 {model}이(가) 더 빠릅니다</translation>
    </message>
    <message>
        <source>{recommendation}; {tied} pass as many, and {model} is faster</source>
        <comment>evals.recommend-tied</comment>
        <translation>{recommendation}. {tied}도 같은 수를 통과하지만 {model}이(가) 더 빠릅니다</translation>
    </message>
    <message>
        <source>{model} passes {rate}, but {reason}</source>
        <comment>evals.recommend-better-excluded</comment>
        <translation>{model}의 통과율은 {rate}이지만 {reason}</translation>
    </message>
    <message>
        <source>{recommendation} ({why})</source>
        <comment>evals.recommend-why-not-better</comment>
        <translation>{recommendation} ({why})</translation>
    </message>
    <message>
        <source>{recommendation}; its licence is not known to Hearth: read its model card</source>
        <comment>evals.recommend-licence-unknown</comment>
        <translation>{recommendation}. 단, Hearth가 이 모델의 라이선스를 알 수 없으니 모델 카드를 읽어 보세요</translation>
    </message>
    <message>
        <source>{recommendation}.</source>
        <comment>evals.recommendation</comment>
        <translation>{recommendation}.</translation>
    </message>
    <message>
        <source>it does not run here</source>
        <comment>evals.does-not-run-here</comment>
        <translation>이 컴퓨터에서 실행되지 않습니다</translation>
    </message>
    <message>
        <source>it runs on another computer</source>
        <comment>evals.elsewhere</comment>
        <translation>다른 컴퓨터에서 실행됩니다</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <comment>evals.list-semicolon</comment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>The prompt asks for the variable “{name}”, but this case does not give it. Add a “{column}” column or var (this case gives: {given}).</source>
        <comment>evals.missing-variable</comment>
        <translation>프롬프트에 변수 “{name}”이(가) 필요하지만 이 케이스에는 없습니다. “{column}” 열 또는 var를 추가하세요(이 케이스의 변수: {given}).</translation>
    </message>
    <message>
        <source>none</source>
        <comment>evals.no-variables</comment>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Hearth에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Go straight to Hearth; this welcome does not show again</source>
        <translation>바로 Hearth로 이동합니다. 이 환영 화면은 다시 표시되지 않습니다</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>환영 화면 건너뛰기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>See models that fit</source>
        <translation>맞는 모델 보기</translation>
    </message>
    <message>
        <source>Download {model} ({size})</source>
        <translation>{model} 다운로드 ({size})</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>Needs about {need} on your graphics card, which has room for it.</source>
        <comment>fit.reason-speech-gpu</comment>
        <translation>그래픽 카드 메모리가 약 {need} 필요하며, 그래픽 카드에 공간이 충분합니다.</translation>
    </message>
    <message>
        <source>Needs about {need} of memory; it transcribes on the processor.</source>
        <comment>fit.reason-speech-cpu</comment>
        <translation>메모리가 약 {need} 필요하며, 프로세서에서 받아쓰기합니다.</translation>
    </message>
    <message>
        <source>Needs about {need}, but only {free} of memory is free.</source>
        <comment>fit.reason-speech-too-large</comment>
        <translation>약 {need}이(가) 필요하지만 사용 가능한 메모리는 {free}뿐입니다.</translation>
    </message>
    <message>
        <source>Runs on your graphics card</source>
        <comment>fit.label-gpu</comment>
        <translation>그래픽 카드에서 실행</translation>
    </message>
    <message>
        <source>Partly on your graphics card</source>
        <comment>fit.label-partial</comment>
        <translation>일부는 그래픽 카드에서 실행</translation>
    </message>
    <message>
        <source>Runs on your processor</source>
        <comment>fit.label-cpu</comment>
        <translation>프로세서에서 실행</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <comment>fit.label-too-large</comment>
        <translation>이 컴퓨터에는 너무 큼</translation>
    </message>
    <message>
        <source>fast</source>
        <comment>fit.speed-fast</comment>
        <translation>빠름</translation>
    </message>
    <message>
        <source>comfortable</source>
        <comment>fit.speed-comfortable</comment>
        <translation>적당함</translation>
    </message>
    <message>
        <source>slow</source>
        <comment>fit.speed-slow</comment>
        <translation>느림</translation>
    </message>
    <message>
        <source>very slow</source>
        <comment>fit.speed-very-slow</comment>
        <translation>매우 느림</translation>
    </message>
    <message>
        <source>{band}, roughly {low}–{high} tokens/s</source>
        <comment>fit.speed-band</comment>
        <translation>{band}, 약 {low}–{high} 토큰/초</translation>
    </message>
    <message>
        <source>your {count} graphics cards have {free} free together</source>
        <comment>fit.gpus-free</comment>
        <translation>그래픽 카드 {count}개에 합쳐서 {free}의 여유 공간이 있어</translation>
    </message>
    <message>
        <source>your graphics card has {free} free</source>
        <comment>fit.gpu-free</comment>
        <translation>그래픽 카드에 {free}의 여유 공간이 있어</translation>
    </message>
    <message>
        <source>with an {size} context</source>
        <comment>fit.with-an-context</comment>
        <translation>컨텍스트 {size}에서</translation>
    </message>
    <message>
        <source>with a {size} context</source>
        <comment>fit.with-a-context</comment>
        <translation>컨텍스트 {size}에서</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so it all runs there.</source>
        <comment>fit.reason-gpu</comment>
        <translation>{context} 약 {need}의 메모리가 필요하며, {gpu_free} 모두 그래픽 카드에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on them and the rest runs on the processor.</source>
        <comment>fit.reason-partial-cards</comment>
        <translation>{context} 약 {need}의 메모리가 필요하며, {gpu_free} 레이어 {full}개 중 {layers}개를 그래픽 카드에 올리고 나머지는 프로세서에서 실행합니다.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {gpu_free}, so {layers} of {full} layers go on it and the rest runs on the processor.</source>
        <comment>fit.reason-partial</comment>
        <translation>{context} 약 {need}의 메모리가 필요하며, {gpu_free} 레이어 {full}개 중 {layers}개를 그래픽 카드에 올리고 나머지는 프로세서에서 실행합니다.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but macOS lets the graphics processor use only part of it, so it runs on the processor.</source>
        <comment>fit.reason-cpu-unified</comment>
        <translation>{context} 약 {need}의 메모리가 필요합니다. 사용 가능한 메모리는 {free}이지만, macOS에서는 그래픽 프로세서가 그중 일부만 쓸 수 있어 프로세서에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, but your graphics card is too full or too small to help, so it runs on the processor.</source>
        <comment>fit.reason-cpu-gpu-full</comment>
        <translation>{context} 약 {need}의 메모리가 필요합니다. 사용 가능한 메모리는 {free}이지만, 그래픽 카드가 너무 차 있거나 작아서 도움이 되지 않으므로 프로세서에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Needs about {need} {context}; {free} of memory is free, so it runs on the processor.</source>
        <comment>fit.reason-cpu</comment>
        <translation>{context} 약 {need}의 메모리가 필요하며, 사용 가능한 메모리가 {free}이므로 프로세서에서 실행됩니다.</translation>
    </message>
    <message>
        <source>Needs about {need} even {context}, but only {free} of memory is free on this computer.</source>
        <comment>fit.reason-too-large</comment>
        <translation>{context}도 약 {need}의 메모리가 필요하지만, 이 컴퓨터에서 사용 가능한 메모리는 {free}뿐입니다.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Help me choose a model</source>
        <translation>모델 선택 도우미</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>무엇을 하고 싶으신가요?</translation>
    </message>
    <message>
        <source>Hearth has looked at your computer. {headline}</source>
        <translation>Hearth가 컴퓨터를 확인했습니다. {headline}</translation>
    </message>
    <message>
        <source>Will you use it for work, in a business?</source>
        <translation>회사 업무에 사용하시겠습니까?</translation>
    </message>
    <message>
        <source>No, for myself (any open licence)</source>
        <translation>아니요, 개인용입니다 (모든 공개 라이선스)</translation>
    </message>
    <message>
        <source>Yes (only licences that allow business use)</source>
        <translation>예 (상업적 사용을 허용하는 라이선스만)</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>추천 모델</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>아직 맞는 모델이 없습니다</translation>
    </message>
    <message>
        <source>No model in the catalog does that on this computer with the licence you need. Try allowing any licence, or close other programs to free memory and rescan on the Hardware page.</source>
        <translation>필요한 라이선스로 이 컴퓨터에서 그 작업을 할 수 있는 모델이 카탈로그에 없습니다. 모든 라이선스를 허용하거나, 다른 프로그램을 닫아 메모리를 확보한 뒤 하드웨어 페이지에서 다시 스캔해 보세요.</translation>
    </message>
    <message>
        <source>Compare these</source>
        <translation>이 모델들 비교</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model} 다운로드</translation>
    </message>
    <message>
        <source>Download {model} to compare it too.</source>
        <translation>{model}을(를) 다운로드해 함께 비교하세요.</translation>
    </message>
    <message>
        <source>Download {first} and {second} to compare them too.</source>
        <translation>{first}와(과) {second}을(를) 다운로드해 함께 비교하세요.</translation>
    </message>
    <message>
        <source>Download {first}, {second} and {third} to compare them too.</source>
        <translation>{first}, {second}, {third}을(를) 다운로드해 함께 비교하세요.</translation>
    </message>
    <message>
        <source>{size} download · {licence} · {verdict}</source>
        <translation>{size} 다운로드 · {licence} · {verdict}</translation>
    </message>
    <message>
        <source>{role}: {model}, {summary}</source>
        <translation>{role}: {model}, {summary}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Show {model} in Discover</source>
        <translation>탐색에서 {model} 표시</translation>
    </message>
    <message>
        <source>Show it in Discover; other filters are cleared</source>
        <translation>탐색에 표시합니다. 다른 필터는 지워집니다</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>Could not measure free disk space at {path}: {problem}</source>
        <comment>hardware.disk-unmeasured</comment>
        <translation>{path}의 여유 디스크 공간을 측정할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Models up to about {in_memory} can run on your processor, from memory. No graphics card that Hearth can use was found, so smaller models will feel faster.</source>
        <comment>hardware.headline-cpu</comment>
        <translation>최대 약 {in_memory} 크기의 모델을 프로세서에서 메모리로 실행할 수 있습니다. Hearth가 사용할 수 있는 그래픽 카드를 찾지 못했으므로 작은 모델일수록 더 빠르게 느껴집니다.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run on your {gpu} using {acceleration}; it shares memory with the rest of the computer, so close big apps before loading large models.</source>
        <comment>hardware.headline-shared</comment>
        <translation>최대 약 {on_gpu} 크기의 모델을 {gpu}에서 {acceleration}(으)로 실행할 수 있습니다. 이 장치는 컴퓨터의 나머지 부분과 메모리를 공유하므로, 큰 모델을 로드하기 전에 큰 앱을 닫으세요.</translation>
    </message>
    <message>
        <source>Models up to about {on_gpu} can run fully on your graphics card; up to about {in_memory} in memory, partly on the processor and slower.</source>
        <comment>hardware.headline-gpu</comment>
        <translation>최대 약 {on_gpu} 크기의 모델은 그래픽 카드에서 완전히 실행할 수 있고, 최대 약 {in_memory}까지는 메모리에서 일부를 프로세서로 실행하므로 더 느립니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>hardware.unknown-size</comment>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, used through {backend}.</source>
        <comment>hardware.gpu-used</comment>
        <translation>{gpu}: {memory}, {backend}(으)로 사용.</translation>
    </message>
    <message>
        <source>{gpu}: {memory}, {free} free, used through {backend}.</source>
        <comment>hardware.gpu-used-free</comment>
        <translation>{gpu}: {memory}, {free} 사용 가능, {backend}(으)로 사용.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its {memory} of memory is too small to help.</source>
        <comment>hardware.gpu-too-small</comment>
        <translation>{gpu}: 메모리 {memory}이(가) 너무 작아 도움이 되지 않으므로 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>Transcription runs on the processor: the speech engine (CTranslate2) sees no CUDA device. It needs NVIDIA&apos;s cuBLAS 12 and cuDNN 9 libraries, which the CUDA build of Hearth carries.</source>
        <comment>hardware.speech-no-cuda</comment>
        <translation>받아쓰기가 프로세서에서 실행됩니다. 음성 엔진(CTranslate2)이 CUDA 장치를 찾지 못했습니다. NVIDIA의 cuBLAS 12 및 cuDNN 9 라이브러리가 필요하며, Hearth의 CUDA 빌드에 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>Could not read /proc/cpuinfo: {problem}</source>
        <comment>hardware.cpuinfo-unread</comment>
        <translation>/proc/cpuinfo를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Hearth&apos;s download for older processors runs here, a little slower; so does a Hearth built on this computer (`make run` from the source).</source>
        <comment>hardware.remedy-older-build</comment>
        <translation>구형 프로세서용 Hearth 다운로드판은 이 컴퓨터에서 조금 느리게 실행됩니다. 이 컴퓨터에서 빌드한 Hearth(소스에서 `make run`)도 실행됩니다.</translation>
    </message>
    <message>
        <source>A Hearth built on this computer (`make run` from the source) compiles the engine for this processor.</source>
        <comment>hardware.remedy-build-here</comment>
        <translation>이 컴퓨터에서 빌드한 Hearth(소스에서 `make run`)는 이 프로세서에 맞게 엔진을 컴파일합니다.</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks these. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-features</comment>
        <translation>이 Hearth에서는 채팅 모델을 실행할 수 없습니다. 엔진이 {names} 기능이 있는 프로세서용으로 빌드되었는데, {processor}에는 이 기능들이 없습니다. 받아쓰기는 계속 작동합니다. {remedy}</translation>
    </message>
    <message>
        <source>Chat models cannot run with this copy of Hearth: its engine was built for processors with {names}, and {processor} lacks this. Transcription still works. {remedy}</source>
        <comment>hardware.cpu-lacks-feature</comment>
        <translation>이 Hearth에서는 채팅 모델을 실행할 수 없습니다. 엔진이 {names} 기능이 있는 프로세서용으로 빌드되었는데, {processor}에는 이 기능이 없습니다. 받아쓰기는 계속 작동합니다. {remedy}</translation>
    </message>
    <message>
        <source>this processor</source>
        <comment>hardware.this-processor</comment>
        <translation>이 프로세서</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine (llama.cpp) has no GPU support. Install the {backend} build of Hearth to use it.</source>
        <comment>hardware.gpu-no-support</comment>
        <translation>{gpu}: 이 Hearth 엔진(llama.cpp) 빌드는 GPU를 지원하지 않으므로 사용하지 않습니다. 사용하려면 Hearth의 {backend} 빌드를 설치하세요.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because llama.cpp has no way to drive it.</source>
        <comment>hardware.gpu-no-driver</comment>
        <translation>{gpu}: llama.cpp로 구동할 방법이 없으므로 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because this build of Hearth&apos;s engine drives {built} graphics cards, and this one needs {needed}. Install the {needed} build of Hearth to use it.</source>
        <comment>hardware.gpu-other-backend</comment>
        <translation>{gpu}: 이 Hearth 엔진 빌드는 {built} 그래픽 카드용인데 이 카드에는 {needed}이(가) 필요하므로 사용하지 않습니다. 사용하려면 Hearth의 {needed} 빌드를 설치하세요.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because it is older (compute capability {capability}) than this build of Hearth&apos;s engine supports ({oldest} or newer).</source>
        <comment>hardware.gpu-too-old</comment>
        <translation>{gpu}: 이 Hearth 엔진 빌드는 compute capability {oldest} 이상을 지원하는데, 이 카드는 그보다 오래되어({capability}) 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>{gpu}: not used, because its NVIDIA driver {driver} is too old for Hearth&apos;s CUDA engine ({wanted} or newer). Update the driver (from nvidia.com or your system&apos;s driver manager) and restart Hearth; until then models run on the processor.</source>
        <comment>hardware.driver-too-old</comment>
        <translation>{gpu}: NVIDIA 드라이버 {driver}이(가) Hearth의 CUDA 엔진에 비해 너무 오래되어({wanted} 이상 필요) 사용하지 않습니다. 드라이버를 업데이트한 뒤(nvidia.com 또는 시스템의 드라이버 관리자에서) Hearth를 다시 시작하세요. 그때까지 모델은 프로세서에서 실행됩니다.</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-missing</comment>
        <translation>NVIDIA 드라이버(NVML): {problem}. nvidia-smi를 시도합니다</translation>
    </message>
    <message>
        <source>The NVIDIA driver (NVML) gave an error: {problem}; trying nvidia-smi</source>
        <comment>hardware.nvml-error</comment>
        <translation>NVIDIA 드라이버(NVML)에서 오류가 발생했습니다: {problem}. nvidia-smi를 시도합니다</translation>
    </message>
    <message>
        <source>nvidia-smi answered, but its output listed no GPU Hearth could read</source>
        <comment>hardware.nvidia-smi-no-gpu</comment>
        <translation>nvidia-smi가 응답했지만 출력에 Hearth가 읽을 수 있는 GPU가 없습니다</translation>
    </message>
    <message>
        <source>nvidia-smi is installed but cannot reach the NVIDIA driver: the graphics card cannot be used until the driver is installed or the computer restarted</source>
        <comment>hardware.nvidia-driver-unreachable</comment>
        <translation>nvidia-smi는 설치되어 있지만 NVIDIA 드라이버에 연결할 수 없습니다. 드라이버를 설치하거나 컴퓨터를 다시 시작할 때까지 그래픽 카드를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>system_profiler is missing: cannot see the graphics processor</source>
        <comment>hardware.no-system-profiler</comment>
        <translation>system_profiler가 없어 그래픽 프로세서를 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>Windows reports at most 4 GB for {gpu}; it may have more</source>
        <comment>hardware.windows-vram-capped</comment>
        <translation>Windows는 {gpu}의 메모리를 최대 4 GB로만 보고합니다. 실제로는 더 많을 수 있습니다</translation>
    </message>
    <message>
        <source>The llama.cpp engine could not be loaded, so chat will not work: {problem}</source>
        <comment>hardware.chat-engine-missing</comment>
        <translation>llama.cpp 엔진을 로드할 수 없어 채팅이 작동하지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded, so transcription will not work: {problem}</source>
        <comment>hardware.speech-engine-missing</comment>
        <translation>음성 엔진(CTranslate2)을 로드할 수 없어 받아쓰기가 작동하지 않습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Your computer</source>
        <translation>내 컴퓨터</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>다시 스캔</translation>
    </message>
    <message>
        <source>Look at the hardware again (Ctrl+R)</source>
        <translation>하드웨어 다시 스캔 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Look at the hardware again</source>
        <translation>하드웨어 다시 스캔</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>프로세서</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>그래픽</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>가속</translation>
    </message>
    <message>
        <source>Storage for models</source>
        <translation>모델 저장 공간</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>세부 정보 숨기기</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>세부 정보 표시</translation>
    </message>
    <message>
        <source>Show the full scan</source>
        <translation>전체 스캔 결과 표시</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <source>Copy the full scan, for example to paste into a bug report</source>
        <translation>전체 스캔 결과 복사 (예: 버그 보고서에 붙여 넣기)</translation>
    </message>
    <message>
        <source>Copy the full scan</source>
        <translation>전체 스캔 결과 복사</translation>
    </message>
    <message>
        <source>The full scan</source>
        <translation>전체 스캔 결과</translation>
    </message>
    <message>
        <source>Warnings about this computer</source>
        <translation>이 컴퓨터에 대한 경고</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>컴퓨터 확인 중…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>스캔 중…</translation>
    </message>
    <message>
        <source>no vector extensions found</source>
        <translation>벡터 확장 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>스레드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>코어 %n개</numerusform>
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
        <translation>현재 {size} 사용 가능</translation>
    </message>
    <message numerus="yes">
        <source>{name} (+%n more)</source>
        <translation>
            <numerusform>{name} (외 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor only</source>
        <translation>프로세서만</translation>
    </message>
    <message>
        <source>No graphics card that Hearth can use was found. Models run on the processor.</source>
        <translation>Hearth가 사용할 수 있는 그래픽 카드를 찾지 못했습니다. 모델은 프로세서에서 실행됩니다.</translation>
    </message>
    <message>
        <source>{size} free</source>
        <translation>{size} 사용 가능</translation>
    </message>
    <message>
        <source>The scan&apos;s details are copied: paste them into a bug report or a message.</source>
        <translation>스캔 세부 정보를 복사했습니다. 버그 보고서나 메시지에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The chat engine (llama.cpp) could not be loaded; see the details below.</source>
        <translation>채팅 엔진(llama.cpp)을 로드할 수 없습니다. 아래 세부 정보를 참고하세요.</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, with GPU support</source>
        <translation>채팅: llama.cpp {version}, GPU 지원</translation>
    </message>
    <message>
        <source>Chat: llama.cpp {version}, built for the processor only</source>
        <translation>채팅: llama.cpp {version}, 프로세서 전용 빌드</translation>
    </message>
    <message>
        <source>The speech engine (CTranslate2) could not be loaded; see the details below.</source>
        <translation>음성 엔진(CTranslate2)을 로드할 수 없습니다. 아래 세부 정보를 참고하세요.</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the graphics card</source>
        <translation>받아쓰기: CTranslate2 {version}, 그래픽 카드에서 실행</translation>
    </message>
    <message>
        <source>Transcription: CTranslate2 {version}, on the processor</source>
        <translation>받아쓰기: CTranslate2 {version}, 프로세서에서 실행</translation>
    </message>
    <message>
        <source>Processor ({extension})</source>
        <translation>프로세서 ({extension})</translation>
    </message>
</context>
<context>
    <name>Host</name>
    <message>
        <source>Cancelled.</source>
        <comment>host.job-cancelled</comment>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>{name} is not loaded.</source>
        <comment>host.not-loaded</comment>
        <translation>{name}이(가) 로드되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{name} is not loaded any more; load it again to go on.</source>
        <comment>host.no-model-loaded</comment>
        <translation>{name}이(가) 더 이상 로드되어 있지 않습니다. 계속하려면 다시 로드하세요.</translation>
    </message>
    <message>
        <source>{evicted} was unloaded to make room for {name}.</source>
        <comment>host.unloaded-for-room</comment>
        <translation>{name}을(를) 위한 공간을 만들려고 {evicted}을(를) 언로드했습니다.</translation>
    </message>
</context>
<context>
    <name>HubNotice</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>HubRepoView</name>
    <message>
        <source>Reading its files and each quantization&apos;s header on Hugging Face…</source>
        <translation>Hugging Face에서 파일과 각 양자화의 헤더를 읽는 중…</translation>
    </message>
    <message>
        <source>architecture unknown</source>
        <translation>아키텍처 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>{arch} · revision {revision} · %n quantizations</source>
        <translation>
            <numerusform>{arch} · 리비전 {revision} · 양자화 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Gated: accept its terms on &lt;a href=&quot;{url}&quot;&gt;its Hugging Face page&lt;/a&gt; and add a token in Settings to download it.</source>
        <translation>접근 제한: &lt;a href=&quot;{url}&quot;&gt;Hugging Face 페이지&lt;/a&gt;에서 약관에 동의하고 설정에 토큰을 추가해야 다운로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>This repository has no GGUF files Hearth can run.</source>
        <translation>이 저장소에는 Hearth가 실행할 수 있는 GGUF 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>HubResultsTable</name>
    <message>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>좋아요</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>a free licence</source>
        <translation>자유 라이선스</translation>
    </message>
    <message>
        <source>open, with conditions</source>
        <translation>공개, 조건 있음</translation>
    </message>
    <message>
        <source>for research</source>
        <translation>연구용</translation>
    </message>
    <message>
        <source>not for commercial use</source>
        <translation>상업적 사용 불가</translation>
    </message>
    <message>
        <source>Hugging Face results</source>
        <translation>Hugging Face 결과</translation>
    </message>
    <message>
        <source>Press Enter on a repository to see how each of its files runs here</source>
        <translation>저장소에서 Enter를 누르면 각 파일이 이 컴퓨터에서 어떻게 실행되는지 볼 수 있습니다</translation>
    </message>
    <message>
        <source>by {author}, {downloads} downloads, {likes} likes, updated {date}, licence: {licence}</source>
        <translation>작성자 {author}, 다운로드 {downloads}회, 좋아요 {likes}개, 업데이트 {date}, 라이선스: {licence}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>명시 안 됨</translation>
    </message>
    <message>
        <source>A licence Hearth does not know: read it on the model&apos;s page before using the model.</source>
        <translation>Hearth가 모르는 라이선스입니다. 모델을 사용하기 전에 모델 페이지에서 확인하세요.</translation>
    </message>
    <message>
        <source>{licence}: {tier}</source>
        <translation>{licence}: {tier}</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>접근 제한</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks</source>
        <translation>Hearth 추천에 포함</translation>
    </message>
    <message>
        <source>Needs access granted on its Hugging Face page and a token in Settings</source>
        <translation>Hugging Face 페이지에서 접근 권한을 받고 설정에 토큰을 추가해야 합니다</translation>
    </message>
    <message>
        <source>In Hearth&apos;s picks: {name}</source>
        <translation>Hearth 추천에 포함: {name}</translation>
    </message>
</context>
<context>
    <name>HubSearch</name>
    <message>
        <source>Offline mode is on, so Hearth did not search Hugging Face. Turn it off in Settings to search.</source>
        <comment>hub_search.search-offline</comment>
        <translation>오프라인 모드가 켜져 있어 Hearth가 Hugging Face를 검색하지 않았습니다. 검색하려면 설정에서 끄세요.</translation>
    </message>
    <message>
        <source>in {wait} seconds</source>
        <comment>hub_search.in-seconds</comment>
        <translation>{wait}초 후에</translation>
    </message>
    <message>
        <source>in a minute</source>
        <comment>hub_search.in-a-minute</comment>
        <translation>1분 후에</translation>
    </message>
    <message>
        <source>Hugging Face is receiving too many requests from here; retry {when}.</source>
        <comment>hub_search.hub-busy</comment>
        <translation>Hugging Face가 이 컴퓨터에서 너무 많은 요청을 받고 있습니다. {when} 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Hugging Face had a problem of its own ({status}); nothing is wrong here. Retry in a moment.</source>
        <comment>hub_search.hub-server-error</comment>
        <translation>Hugging Face 자체에 문제가 생겼습니다({status}). 이 컴퓨터에는 문제가 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Hugging Face refused the request ({status}).</source>
        <comment>hub_search.request-refused</comment>
        <translation>Hugging Face가 요청을 거부했습니다({status}).</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.hub-unreachable</comment>
        <translation>{host}이(가) 제때 응답하지 않았습니다. 인터넷 연결(또는 설정의 미러)을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Hearth could not reach {host}. Check your connection (or the mirror in Settings) and retry.</source>
        <comment>hub_search.unreachable</comment>
        <translation>Hearth가 {host}에 연결할 수 없습니다. 인터넷 연결(또는 설정의 미러)을 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Hugging Face sent an answer Hearth could not read. Retry in a moment.</source>
        <comment>hub_search.hub-failed</comment>
        <translation>Hugging Face가 Hearth가 읽을 수 없는 응답을 보냈습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{repo} asks you to accept its licence first. Open {page}, accept the terms, then add a Hugging Face token in Settings.</source>
        <comment>hub_search.gated-model</comment>
        <translation>{repo}을(를) 사용하려면 먼저 라이선스에 동의해야 합니다. {page}을(를) 열어 약관에 동의한 뒤 설정에서 Hugging Face 토큰을 추가하세요.</translation>
    </message>
    <message>
        <source>The model {repo} was not found. It may have been renamed, or it is private and needs a token.</source>
        <comment>hub_search.model-not-found</comment>
        <translation>{repo} 모델을 찾을 수 없습니다. 이름이 바뀌었거나, 비공개라서 토큰이 필요할 수 있습니다.</translation>
    </message>
    <message>
        <source>{filename} is no longer in {repo}.</source>
        <comment>hub_search.file-gone</comment>
        <translation>{filename}이(가) 더 이상 {repo}에 없습니다.</translation>
    </message>
    <message>
        <source>Hugging Face refused access to {repo} ({status}). Accept the model&apos;s licence on {page} and add a token in Settings.</source>
        <comment>hub_search.access-refused</comment>
        <translation>Hugging Face가 {repo}에 대한 접근을 거부했습니다({status}). {page}에서 모델의 라이선스에 동의하고 설정에서 토큰을 추가하세요.</translation>
    </message>
    <message>
        <source>Hugging Face answered with an error ({status}) for {filename}. Try again later.</source>
        <comment>hub_search.file-error</comment>
        <translation>Hugging Face가 {filename}에 대해 오류로 응답했습니다({status}). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not reach Hugging Face to read {filename}. Check your connection.</source>
        <comment>hub_search.network-problem</comment>
        <translation>Hugging Face에 연결할 수 없어 {filename}을(를) 읽지 못했습니다. 인터넷 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>This link is too long for a Hugging Face model link ({length} characters; at most {max_link_length}), so Hearth did not open it.</source>
        <comment>hub_search.link-too-long</comment>
        <translation>이 링크는 Hugging Face 모델 링크로는 너무 깁니다({length}자, 최대 {max_link_length}자). 그래서 Hearth가 열지 않았습니다.</translation>
    </message>
    <message>
        <source>This link contains invisible control characters, so Hearth did not open it.</source>
        <comment>hub_search.link-control-characters</comment>
        <translation>이 링크에 보이지 않는 제어 문자가 있어 Hearth가 열지 않았습니다.</translation>
    </message>
    <message>
        <source>This is not a link Hearth can read.</source>
        <comment>hub_search.link-unreadable</comment>
        <translation>Hearth가 읽을 수 있는 링크가 아닙니다.</translation>
    </message>
    <message>
        <source>Hearth opens only links that start with {scheme}://{host}; this one is not for Hearth.</source>
        <comment>hub_search.link-other-site</comment>
        <translation>Hearth는 {scheme}://{host}(으)로 시작하는 링크만 엽니다. 이 링크는 Hearth용이 아닙니다.</translation>
    </message>
    <message>
        <source>Hearth opens only Hugging Face model links ({scheme}://{host}?model=ORG/REPO); this one asks for something else.</source>
        <comment>hub_search.link-not-model</comment>
        <translation>Hearth는 Hugging Face 모델 링크({scheme}://{host}?model=ORG/REPO)만 엽니다. 이 링크는 다른 것을 요청합니다.</translation>
    </message>
    <message>
        <source>This link does not say which model to open (it has no model=ORG/REPO).</source>
        <comment>hub_search.link-without-model</comment>
        <translation>이 링크에는 열 모델이 나와 있지 않습니다(model=ORG/REPO가 없습니다).</translation>
    </message>
    <message>
        <source>This link names more than one model or file, so Hearth cannot tell which to open.</source>
        <comment>hub_search.link-names-several</comment>
        <translation>이 링크에 모델이나 파일이 둘 이상 있어 Hearth가 어느 것을 열지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>This link is garbled (its letters are not encoded correctly).</source>
        <comment>hub_search.link-garbled-letters</comment>
        <translation>이 링크가 깨져 있습니다(문자가 올바르게 인코딩되지 않았습니다).</translation>
    </message>
    <message>
        <source>This link names a version or a tag of {base}; Hearth opens a model&apos;s current files, so use the model&apos;s link without the part after &apos;@&apos; or &apos;:&apos;.</source>
        <comment>hub_search.link-names-version</comment>
        <translation>이 링크는 {base}의 특정 버전이나 태그를 가리킵니다. Hearth는 모델의 현재 파일을 열므로 &apos;@&apos; 또는 &apos;:&apos; 뒷부분을 뺀 모델 링크를 사용하세요.</translation>
    </message>
    <message>
        <source>&apos;{repo}&apos; is not a Hugging Face model name; a model link names one like &apos;organization/model-name&apos;.</source>
        <comment>hub_search.link-bad-repo</comment>
        <translation>&apos;{repo}&apos;은(는) Hugging Face 모델 이름이 아닙니다. 모델 링크에는 &apos;organization/model-name&apos; 같은 이름이 들어갑니다.</translation>
    </message>
    <message>
        <source>This link points at a file outside the model&apos;s folder (&apos;{file}&apos;), so Hearth did not open it.</source>
        <comment>hub_search.file-outside-folder</comment>
        <translation>이 링크는 모델 폴더 밖의 파일(&apos;{file}&apos;)을 가리키므로 Hearth가 열지 않았습니다.</translation>
    </message>
    <message>
        <source>This link points at &apos;{file}&apos;, which is not a GGUF model file; Hearth runs GGUF files only.</source>
        <comment>hub_search.not-a-gguf-file</comment>
        <translation>이 링크가 가리키는 &apos;{file}&apos;은(는) GGUF 모델 파일이 아닙니다. Hearth는 GGUF 파일만 실행합니다.</translation>
    </message>
    <message>
        <source>{path} on Hugging Face ends inside its header: the file is damaged there.</source>
        <comment>hub_search.corrupt-model-file</comment>
        <translation>Hugging Face의 {path}이(가) 헤더 중간에서 끝납니다. 파일의 그 부분이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{repo} has no {only}; it may have been renamed or removed.</source>
        <comment>hub_search.quant-gone</comment>
        <translation>{repo}에 {only}이(가) 없습니다. 이름이 바뀌었거나 제거되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository.</source>
        <comment>hub_search.parts-missing</comment>
        <translation>일부 파트가 저장소에 없습니다.</translation>
    </message>
</context>
<context>
    <name>HubSearchPanel</name>
    <message>
        <source>Words, org/repo, or a huggingface.co address</source>
        <translation>단어, org/repo 또는 huggingface.co 주소</translation>
    </message>
    <message>
        <source>Search Hugging Face</source>
        <translation>Hugging Face 검색</translation>
    </message>
    <message>
        <source>Sort results</source>
        <translation>결과 정렬</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search any GGUF model on Hugging Face; each is judged for this computer.</source>
        <translation>Hugging Face에서 GGUF 모델을 검색하세요. 각 모델이 이 컴퓨터에 맞는지 판정합니다.</translation>
    </message>
    <message>
        <source>Most downloaded</source>
        <translation>다운로드 많은 순</translation>
    </message>
    <message>
        <source>Most liked</source>
        <translation>좋아요 많은 순</translation>
    </message>
    <message>
        <source>Trending</source>
        <translation>인기 급상승</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>최근 업데이트순</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>결과 더 보기</translation>
    </message>
    <message>
        <source>← Back to results</source>
        <translation>← 결과로 돌아가기</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>결과로 돌아가기</translation>
    </message>
    <message>
        <source>Type what to search for: words, org/repo, or an address.</source>
        <translation>검색할 내용을 입력하세요: 단어, org/repo 또는 주소.</translation>
    </message>
    <message>
        <source>Searching Hugging Face for “{text}”…</source>
        <translation>Hugging Face에서 “{text}” 검색 중…</translation>
    </message>
    <message>
        <source>Loading more results…</source>
        <translation>결과 더 불러오는 중…</translation>
    </message>
    <message>
        <source>These results for “{text}” are from {time}, kept while Hugging Face cannot be asked.</source>
        <translation>“{text}”에 대한 이 결과는 {time} 기준이며, Hugging Face에 연결할 수 없는 동안 보관된 것입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”, more below. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>“{text}”에 대한 GGUF 저장소 %n개, 아래에 더 있습니다. 하나를 선택하면 이 컴퓨터에서 어떻게 실행되는지 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repositories for “{text}”. Choose one to see how it runs here.</source>
        <translation>
            <numerusform>“{text}”에 대한 GGUF 저장소 %n개. 하나를 선택하면 이 컴퓨터에서 어떻게 실행되는지 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other repositories match without GGUF files Hearth can run.</source>
        <translation>
            <numerusform>그 밖에 저장소 %n개가 일치하지만 Hearth가 실행할 수 있는 GGUF 파일이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF models on Hugging Face match “{text}”.</source>
        <translation>“{text}”와(과) 일치하는 GGUF 모델이 Hugging Face에 없습니다.</translation>
    </message>
    <message>
        <source>100 or more other repositories match without GGUF files Hearth can run.</source>
        <translation>그 밖에 저장소 100개 이상이 일치하지만 Hearth가 실행할 수 있는 GGUF 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Hearth is still looking at this computer; its verdicts come next.</source>
        <translation>Hearth가 아직 이 컴퓨터를 확인하고 있습니다. 판정은 곧 표시됩니다.</translation>
    </message>
    <message>
        <source>Hearth could not read this repository&apos;s files.</source>
        <translation>Hearth가 이 저장소의 파일을 읽을 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantizations of {repo} judged for this computer.</source>
        <translation>
            <numerusform>{repo}의 양자화 %n개를 이 컴퓨터 기준으로 판정했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>이 컴퓨터에는 너무 큼</translation>
    </message>
    <message>
        <source>{repo} {quant} is too large for this computer.

{reason}

Download it anyway?</source>
        <translation>{repo} {quant}은(는) 이 컴퓨터에 너무 큽니다.

{reason}

그래도 다운로드하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>{name} is too large to attach ({size}); images up to {max_file_bytes} can be attached.</source>
        <comment>images.file-too-large</comment>
        <translation>{name}은(는) 첨부하기에 너무 큽니다({size}). {max_file_bytes}까지의 이미지만 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} could not be opened: {problem}.</source>
        <comment>images.unopened</comment>
        <translation>{name}을(를) 열 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <comment>images.empty-picture</comment>
        <translation>{name}이(가) 비어 있습니다. 이미지가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{name} is too large to attach ({size}).</source>
        <comment>images.too-large-attach</comment>
        <translation>{name}은(는) 첨부하기에 너무 큽니다({size}).</translation>
    </message>
    <message>
        <source>{name} has too many pixels to attach; scale it down first.</source>
        <comment>images.too-many-pixels</comment>
        <translation>{name}은(는) 픽셀이 너무 많아 첨부할 수 없습니다. 먼저 크기를 줄이세요.</translation>
    </message>
    <message>
        <source>{name} is not a picture Hearth can show a model; attach a PNG, JPEG, WebP, BMP or GIF image.</source>
        <comment>images.unknown-format</comment>
        <translation>{name}은(는) Hearth가 모델에 보여 줄 수 있는 이미지가 아닙니다. PNG, JPEG, WebP, BMP 또는 GIF 이미지를 첨부하세요.</translation>
    </message>
    <message>
        <source>{name} could not be read: the picture in it is damaged or incomplete.</source>
        <comment>images.image-refused</comment>
        <translation>{name}을(를) 읽을 수 없습니다. 이미지가 손상되었거나 불완전합니다.</translation>
    </message>
    <message>
        <source>{name} is {width:,} × {height:,} pixels, more than Hearth attaches ({millions} million pixels); scale it down first.</source>
        <comment>images.too-many-pixels-sized</comment>
        <translation>{name}은(는) {width:,} × {height:,} 픽셀로, Hearth가 첨부하는 한도({millions}메가픽셀)보다 큽니다. 먼저 크기를 줄이세요.</translation>
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
            <numerusform>파일 %n개 중 {done}개</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} · {chunks}</source>
        <translation>{files} · {chunks}</translation>
    </message>
    <message numerus="yes">
        <source>%n chunks</source>
        <translation>
            <numerusform>조각 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{progress} · reading {file}</source>
        <translation>{progress} · {file} 읽는 중</translation>
    </message>
    <message>
        <source>about {minutes} min {seconds} s left</source>
        <translation>약 {minutes}분 {seconds}초 남음</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>약 {seconds}초 남음</translation>
    </message>
    <message>
        <source>{progress} · {left}</source>
        <translation>{progress} · {left}</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: {files} read, {chunks}.</source>
        <translation>완료: {files} 읽음, {chunks}.</translation>
    </message>
    <message>
        <source>Everything was up to date.</source>
        <translation>모두 최신 상태였습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n files that are gone were dropped.</source>
        <translation>
            <numerusform>사라진 파일 %n개를 목록에서 뺐습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>색인 작업 재개</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>색인 작업 일시 중지</translation>
    </message>
    <message>
        <source>Indexing of {name}: done</source>
        <translation>{name} 색인: 완료</translation>
    </message>
    <message>
        <source>Indexing “{name}”…</source>
        <translation>“{name}” 색인 작업 중…</translation>
    </message>
    <message>
        <source>Indexing of {name}</source>
        <translation>{name} 색인 작업</translation>
    </message>
    <message>
        <source>Indexing of {name}: {percent}%</source>
        <translation>{name} 색인 작업: {percent}%</translation>
    </message>
    <message>
        <source>Paused · {text}</source>
        <translation>일시 중지됨 · {text}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Go to a page, in the sidebar&apos;s order</source>
        <translation>사이드바 순서대로 페이지로 이동</translation>
    </message>
    <message>
        <source>Show or hide downloads</source>
        <translation>다운로드 표시/숨기기</translation>
    </message>
    <message>
        <source>New conversation (Chat)</source>
        <translation>새 대화 (채팅)</translation>
    </message>
    <message>
        <source>Send the message (Chat)</source>
        <translation>메시지 보내기 (채팅)</translation>
    </message>
    <message>
        <source>New line in the message (Chat)</source>
        <translation>메시지에서 줄 바꿈 (채팅)</translation>
    </message>
    <message>
        <source>Stop the reply (Chat)</source>
        <translation>응답 중지 (채팅)</translation>
    </message>
    <message>
        <source>Search models (Discover)</source>
        <translation>모델 검색 (탐색)</translation>
    </message>
    <message>
        <source>Check this computer again (Hardware)</source>
        <translation>이 컴퓨터 다시 스캔 (하드웨어)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>텍스트 크게</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>텍스트 작게</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>기본 텍스트 크기</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>이 바로 가기 키 목록</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>다음 또는 이전 컨트롤로 이동</translation>
    </message>
    <message>
        <source>Press the button or switch that has focus</source>
        <translation>포커스가 있는 버튼이나 스위치 누르기</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language and text size</source>
        <translation>언어 및 텍스트 크기</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>텍스트 크기(&amp;T)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>텍스트 크기</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 the usual size</source>
        <translation>Ctrl+= 크게, Ctrl+- 작게, Ctrl+0 기본 크기</translation>
    </message>
</context>
<context>
    <name>LeaderboardPanel</name>
    <message>
        <source>Blind: hide the model names until I vote</source>
        <translation>블라인드: 투표할 때까지 모델 이름 숨기기</translation>
    </message>
    <message>
        <source>{letter} is better</source>
        <translation>{letter} 쪽이 더 좋음</translation>
    </message>
    <message>
        <source>Reply {letter}</source>
        <translation>응답 {letter}</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>무승부</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>토큰/초</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>첫 토큰</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>This run&apos;s numbers</source>
        <translation>이번 실행의 수치</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Rating (95 % range)</source>
        <translation>평점 (95% 범위)</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Chosen over the next one</source>
        <translation>다음 순위보다 선택됨</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>내 순위표</translation>
    </message>
    <message>
        <source>Ratings use all your votes for this task. A range shows where a rating likely lies; models whose ranges overlap share a rank. More votes narrow the ranges.</source>
        <translation>평점은 이 작업에 대한 모든 투표를 바탕으로 합니다. 범위는 평점이 있을 법한 구간을 나타내며, 범위가 겹치는 모델은 같은 순위가 됩니다. 투표가 많을수록 범위가 좁아집니다.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>이번 실행</translation>
    </message>
    <message>
        <source>Your leaderboard for</source>
        <translation>내 순위표:</translation>
    </message>
    <message>
        <source>Task of the leaderboard</source>
        <translation>순위표의 작업</translation>
    </message>
    <message>
        <source>Wait for every model&apos;s reply to this prompt before voting.</source>
        <translation>투표하기 전에 이 프롬프트에 대한 모든 모델의 응답을 기다리세요.</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>어느 응답이 더 좋습니까?</translation>
    </message>
    <message>
        <source>Run a set to vote on its replies.</source>
        <translation>세트를 실행해 응답에 투표하세요.</translation>
    </message>
    <message>
        <source>You called it a tie.</source>
        <translation>무승부로 판정했습니다.</translation>
    </message>
    <message>
        <source>You chose {model}.</source>
        <translation>{model}을(를) 선택했습니다.</translation>
    </message>
</context>
<context>
    <name>LibraryRow</name>
    <message>
        <source>Downloaded by Hearth</source>
        <translation>Hearth가 다운로드함</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>직접 추가함</translation>
    </message>
    <message>
        <source>From LM Studio</source>
        <translation>LM Studio에서</translation>
    </message>
    <message>
        <source>From Ollama</source>
        <translation>Ollama에서</translation>
    </message>
    <message>
        <source>From the Hugging Face cache</source>
        <translation>Hugging Face 캐시에서</translation>
    </message>
    <message>
        <source>From GPT4All</source>
        <translation>GPT4All에서</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>이미지 인식 가능</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Chat with {model}</source>
        <translation>{model}과(와) 채팅</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Show {model} in its folder</source>
        <translation>폴더에서 {model} 보기</translation>
    </message>
    <message>
        <source>Pair with projector…</source>
        <translation>프로젝터 연결…</translation>
    </message>
    <message>
        <source>Pair {model} with a vision companion</source>
        <translation>{model}을(를) 비전 보조 파일과 연결</translation>
    </message>
    <message>
        <source>Choose the model&apos;s vision companion (an mmproj file) so it can see images</source>
        <translation>이미지를 볼 수 있도록 모델의 비전 보조 파일(mmproj 파일)을 선택합니다</translation>
    </message>
    <message>
        <source>Sees images with {file}; choose another vision companion</source>
        <translation>{file}(으)로 이미지를 인식합니다. 다른 비전 보조 파일 선택</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete {model}</source>
        <translation>{model} 삭제</translation>
    </message>
    <message>
        <source>Delete the downloaded files</source>
        <translation>다운로드한 파일 삭제</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Hide {model}</source>
        <translation>{model} 숨기기</translation>
    </message>
    <message>
        <source>Hide it from this list (its files stay where they are)</source>
        <translation>이 목록에서 숨기기 (파일은 그대로 남습니다)</translation>
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
        <translation>음성 텍스트 변환 모델 (faster-whisper)</translation>
    </message>
    <message>
        <source>{count} parameters</source>
        <translation>매개변수 {count}개</translation>
    </message>
    <message>
        <source>{billions}B parameters</source>
        <translation>매개변수 {billions}B</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>매개변수 {millions}M</translation>
    </message>
    <message>
        <source>has a chat template</source>
        <translation>채팅 템플릿 있음</translation>
    </message>
    <message>
        <source>no chat template (plain text prompts)</source>
        <translation>채팅 템플릿 없음 (일반 텍스트 프롬프트)</translation>
    </message>
    <message>
        <source>{count} tokens of context</source>
        <translation>컨텍스트 {count} 토큰</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Discover</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>My Models</source>
        <translation>내 모델</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>하드웨어</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys, or open one with {first} to {last}.</source>
        <translation>화살표 키로 페이지를 선택하거나 {first}~{last} 키로 여세요.</translation>
    </message>
    <message>
        <source>● Local server on</source>
        <translation>● 로컬 서버 켜짐</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Show downloads ({shortcut})</source>
        <translation>다운로드 표시 ({shortcut})</translation>
    </message>
    <message>
        <source>Shows or hides the list of downloads</source>
        <translation>다운로드 목록을 표시하거나 숨깁니다</translation>
    </message>
    <message>
        <source>Other apps use Hearth&apos;s models at {address}</source>
        <translation>다른 앱이 {address}에서 Hearth의 모델을 사용합니다</translation>
    </message>
</context>
<context>
    <name>Mcp</name>
    <message>
        <source>There is no tool server called “{name}”. `hearth mcp list` shows the ones there are.</source>
        <comment>mcp.server-unknown</comment>
        <translation>“{name}”(이)라는 도구 서버가 없습니다. `hearth mcp list`로 있는 서버를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>A tool server called “{name}” is already there. Remove it first, or choose another name.</source>
        <comment>mcp.server-exists</comment>
        <translation>“{name}”(이)라는 도구 서버가 이미 있습니다. 먼저 제거하거나 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>The tool servers&apos; list {path} could not be read: {strerror}.</source>
        <comment>mcp.list-unreadable</comment>
        <translation>도구 서버 목록 {path}을(를) 읽을 수 없습니다: {strerror}.</translation>
    </message>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>mcp.list-not-json</comment>
        <translation>올바른 JSON이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>The tool servers&apos; list could not be used: {problem}. It was kept as {aside}; Hearth starts with no tool servers. Fix that file and rename it back to {name} to use it again.</source>
        <comment>mcp.config-damaged</comment>
        <translation>도구 서버 목록을 사용할 수 없습니다: {problem}. 이 파일은 {aside}(으)로 보관했으며, Hearth는 도구 서버 없이 시작합니다. 다시 사용하려면 파일을 고친 뒤 이름을 {name}(으)로 되돌리세요.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>mcp.list-not-object</comment>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>its “{key}” is not an object of named servers</source>
        <comment>mcp.list-servers-not-object</comment>
        <translation>“{key}”이(가) 이름 붙은 서버들의 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the server “{name}” is not an object</source>
        <comment>mcp.list-server-not-object</comment>
        <translation>서버 “{name}”이(가) 객체가 아닙니다</translation>
    </message>
    <message>
        <source>“{name}” cannot be a tool server&apos;s name: use up to 64 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit.</source>
        <comment>mcp.bad-server-name</comment>
        <translation>“{name}”은(는) 도구 서버 이름으로 쓸 수 없습니다. 문자나 숫자로 시작하는 64자 이내의 문자, 숫자, 공백, 마침표, 대시, 밑줄을 사용하세요.</translation>
    </message>
    <message>
        <source>The tool server “{name}” in {where} {what}.</source>
        <comment>mcp.entry-invalid</comment>
        <translation>{where}의 도구 서버 “{name}”: {what}.</translation>
    </message>
    <message>
        <source>has an “{key}” that is not an object of text values</source>
        <comment>mcp.entry-not-texts</comment>
        <translation>“{key}”이(가) 텍스트 값의 객체가 아닙니다</translation>
    </message>
    <message>
        <source>has an empty “command”</source>
        <comment>mcp.entry-empty-command</comment>
        <translation>“command”가 비어 있습니다</translation>
    </message>
    <message>
        <source>has “args” that are not a list of text</source>
        <comment>mcp.entry-bad-args</comment>
        <translation>“args”가 텍스트 목록이 아닙니다</translation>
    </message>
    <message>
        <source>has a “cwd” that is not a folder&apos;s path</source>
        <comment>mcp.entry-bad-cwd</comment>
        <translation>“cwd”가 폴더 경로가 아닙니다</translation>
    </message>
    <message>
        <source>has a “url” that is not an http:// or https:// address</source>
        <comment>mcp.entry-bad-url</comment>
        <translation>“url”이 http:// 또는 https:// 주소가 아닙니다</translation>
    </message>
    <message>
        <source>uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP)</source>
        <comment>mcp.entry-sse</comment>
        <translation>이전 SSE 전송 방식을 사용하는데, Hearth는 아직 이 방식을 지원하지 않습니다(Streamable HTTP만 지원)</translation>
    </message>
    <message>
        <source>has neither a “command” (a program to start) nor a “url” (a server to reach)</source>
        <comment>mcp.entry-neither</comment>
        <translation>“command”(시작할 프로그램)도 “url”(연결할 서버)도 없습니다</translation>
    </message>
    <message>
        <source>The tool “{tool}” of “{name}” did not answer within {timeout_s:g} seconds, so Hearth stopped waiting. The server is still there for the next call.</source>
        <comment>mcp.tool-timed-out</comment>
        <translation>“{name}”의 도구 “{tool}”이(가) {timeout_s:g}초 안에 응답하지 않아 Hearth가 기다리기를 멈췄습니다. 서버는 다음 호출을 위해 그대로 있습니다.</translation>
    </message>
    <message>
        <source>The tool server “{name}” refused the call to “{tool}”: {problem}</source>
        <comment>mcp.tool-refused</comment>
        <translation>도구 서버 “{name}”이(가) “{tool}” 호출을 거부했습니다: {problem}</translation>
    </message>
    <message>
        <source>The tool server “{name}” is not running.</source>
        <comment>mcp.server-failed</comment>
        <translation>도구 서버 “{name}”이(가) 실행 중이 아닙니다.</translation>
    </message>
    <message>
        <source>its process exited</source>
        <comment>mcp.process-exited</comment>
        <translation>프로세스가 종료되었습니다</translation>
    </message>
    <message>
        <source>The tool server “{name}” at {url} could not be reached as an MCP server ({cause}).</source>
        <comment>mcp.unreachable</comment>
        <translation>{url}의 도구 서버 “{name}”에 MCP 서버로 연결할 수 없습니다({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped. The last thing it said: {said}</source>
        <comment>mcp.stopped-said</comment>
        <translation>도구 서버 “{name}”이(가) 중지되었습니다. 마지막 메시지: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start. The last thing it said: {said}</source>
        <comment>mcp.failed-said</comment>
        <translation>도구 서버 “{name}”을(를) 시작할 수 없습니다. 마지막 메시지: {said}</translation>
    </message>
    <message>
        <source>The tool server “{name}” stopped without saying why ({cause}).</source>
        <comment>mcp.stopped-unsaid</comment>
        <translation>도구 서버 “{name}”이(가) 이유를 알리지 않고 중지되었습니다({cause}).</translation>
    </message>
    <message>
        <source>The tool server “{name}” could not start without saying why ({cause}).</source>
        <comment>mcp.failed-unsaid</comment>
        <translation>도구 서버 “{name}”이(가) 이유를 알리지 않고 시작하지 못했습니다({cause}).</translation>
    </message>
    <message>
        <source>The call to “{tool}” was stopped before it answered.</source>
        <comment>mcp.tool-stopped</comment>
        <translation>“{tool}” 호출이 응답 전에 중지되었습니다.</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were stopped (Hearth is quitting).</source>
        <comment>mcp.stopped-quitting</comment>
        <translation>Hearth의 도구 서버를 중지했습니다(Hearth 종료 중).</translation>
    </message>
    <message>
        <source>Hearth&apos;s tool servers were already stopped (Hearth is quitting).</source>
        <comment>mcp.already-stopped-quitting</comment>
        <translation>Hearth의 도구 서버는 이미 중지되었습니다(Hearth 종료 중).</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not connect to the tool server “{name}” at {url}. Turn Offline mode off in Settings to use it.</source>
        <comment>mcp.offline</comment>
        <translation>오프라인 모드가 켜져 있어 Hearth가 {url}의 도구 서버 “{name}”에 연결하지 않습니다. 사용하려면 설정에서 오프라인 모드를 끄세요.</translation>
    </message>
    <message>
        <source>The tool server “{name}” started but did not list its tools within {start_timeout_s:g} seconds or answered them wrongly.</source>
        <comment>mcp.no-tools-listed</comment>
        <translation>도구 서버 “{name}”이(가) 시작되었지만 {start_timeout_s:g}초 안에 도구 목록을 보내지 않았거나 잘못 응답했습니다.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in the password store, not in mcp.json.</source>
        <comment>mcp.kept-in-store</comment>
        <translation> {names} 값은 mcp.json이 아닌 암호 저장소에 보관됩니다.</translation>
    </message>
    <message>
        <source> The value of its {names} is kept in memory for now (see below), not in mcp.json.</source>
        <comment>mcp.kept-in-memory</comment>
        <translation> {names} 값은 mcp.json이 아닌 메모리에 당분간 보관됩니다(아래 참조).</translation>
    </message>
    <message>
        <source>Imported “{name}”.{kept}</source>
        <comment>mcp.imported</comment>
        <translation>“{name}”을(를) 가져왔습니다.{kept}</translation>
    </message>
    <message>
        <source>Imported “{name}” as “{new_name}”: {reason}{kept}</source>
        <comment>mcp.imported-renamed</comment>
        <translation>“{name}”을(를) “{new_name}”(으)로 가져왔습니다: {reason}{kept}</translation>
    </message>
    <message>
        <source>{app}&apos;s list ({source})</source>
        <comment>mcp.app-list-at</comment>
        <translation>{app}의 목록({source})</translation>
    </message>
    <message>
        <source>{app}&apos;s list of tool servers</source>
        <comment>mcp.app-server-list</comment>
        <translation>{app}의 도구 서버 목록</translation>
    </message>
    <message>
        <source>The list of tool servers</source>
        <comment>mcp.server-list</comment>
        <translation>도구 서버 목록</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. {app} may not be installed, or it has no tool servers yet.</source>
        <comment>mcp.app-list-missing</comment>
        <translation>{what}이(가) 없습니다. {source} 파일이 없습니다. {app}이(가) 설치되어 있지 않거나 아직 도구 서버가 없을 수 있습니다.</translation>
    </message>
    <message>
        <source>{what} is not there: there is no file {source}. Check the path.</source>
        <comment>mcp.list-missing</comment>
        <translation>{what}이(가) 없습니다. {source} 파일이 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>{what} at {source} could not be read: {strerror}.</source>
        <comment>mcp.import-unreadable</comment>
        <translation>{source}에 있는 {what}을(를) 읽을 수 없습니다: {strerror}.</translation>
    </message>
    <message>
        <source>{what} at {source} is not valid JSON, so nothing was imported. Fix it in {app} first.</source>
        <comment>mcp.import-not-json</comment>
        <translation>{source}에 있는 {what}이(가) 올바른 JSON이 아니어서 아무것도 가져오지 않았습니다. 먼저 {app}에서 고치세요.</translation>
    </message>
    <message>
        <source>the app that wrote it</source>
        <comment>mcp.the-app-that-wrote-it</comment>
        <translation>그 파일을 만든 앱</translation>
    </message>
    <message>
        <source>{what} at {source} has no “{servers_key}” object of named servers, so there is nothing Hearth can import from it.</source>
        <comment>mcp.import-failed</comment>
        <translation>{source}에 있는 {what}에 이름 붙은 서버들의 “{servers_key}” 객체가 없어 Hearth가 가져올 수 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its entry in {where} is not an object.</source>
        <comment>mcp.entry-not-object</comment>
        <translation>“{name}”을(를) 가져오지 않았습니다. {where}의 항목이 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>“{name}” was not imported. {problem}</source>
        <comment>mcp.entry-not-imported</comment>
        <translation>“{name}”을(를) 가져오지 않았습니다. {problem}</translation>
    </message>
    <message>
        <source>“{name}” was not imported: its address ends in /sse, so it uses the older SSE transport, which Hearth does not speak yet (only Streamable HTTP).</source>
        <comment>mcp.entry-sse-address</comment>
        <translation>“{name}”을(를) 가져오지 않았습니다. 주소가 /sse로 끝나므로 이전 SSE 전송 방식을 사용하는데, Hearth는 아직 이 방식을 지원하지 않습니다(Streamable HTTP만 지원).</translation>
    </message>
    <message>
        <source>Hearth&apos;s names are letters, digits, spaces, dots, dashes and underscores only.</source>
        <comment>mcp.renamed-name</comment>
        <translation>Hearth에서 이름에는 문자, 숫자, 공백, 마침표, 대시, 밑줄만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>a different tool server called “{name}” is already there.</source>
        <comment>mcp.renamed-taken</comment>
        <translation>“{name}”(이)라는 다른 도구 서버가 이미 있습니다.</translation>
    </message>
    <message>
        <source>“{name}” is already there, the same server.</source>
        <comment>mcp.already-there</comment>
        <translation>“{name}”이(가) 이미 있습니다(같은 서버).</translation>
    </message>
    <message>
        <source>“{name}” is already there as “{other}”, the same server.</source>
        <comment>mcp.already-there-as</comment>
        <translation>“{name}”이(가) 이미 “{other}”(으)로 있습니다(같은 서버).</translation>
    </message>
    <message>
        <source>“{name}” was not imported: too many of that name.</source>
        <comment>mcp.too-many-of-name</comment>
        <translation>“{name}”을(를) 가져오지 않았습니다. 같은 이름이 너무 많습니다.</translation>
    </message>
    <message>
        <source>The program {command} does not exist or cannot be run. Check the path in the server&apos;s settings.</source>
        <comment>mcp.program-unusable</comment>
        <translation>프로그램 {command}이(가) 없거나 실행할 수 없습니다. 서버 설정에서 경로를 확인하세요.</translation>
    </message>
    <message>
        <source>The program “{command}” was not found on this computer. Install it (for npx: Node.js; for uvx: uv), or write its full path as the server&apos;s command.</source>
        <comment>mcp.program-not-found</comment>
        <translation>프로그램 “{command}”을(를) 이 컴퓨터에서 찾을 수 없습니다. 설치하거나(npx는 Node.js, uvx는 uv) 서버의 명령에 전체 경로를 쓰세요.</translation>
    </message>
    <message>
        <source>variables</source>
        <comment>mcp.secret-variables</comment>
        <translation>변수</translation>
    </message>
    <message>
        <source>variable</source>
        <comment>mcp.secret-variable</comment>
        <translation>변수</translation>
    </message>
    <message>
        <source>headers</source>
        <comment>mcp.secret-headers</comment>
        <translation>헤더</translation>
    </message>
    <message>
        <source>header</source>
        <comment>mcp.secret-header</comment>
        <translation>헤더</translation>
    </message>
    <message>
        <source>is not in this computer&apos;s password store</source>
        <comment>mcp.secret-not-stored</comment>
        <translation>이 컴퓨터의 암호 저장소에 없습니다</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since this computer has no password store</source>
        <comment>mcp.secret-no-store</comment>
        <translation>이 컴퓨터에 암호 저장소가 없어 Hearth를 닫을 때까지만 보관되었습니다</translation>
    </message>
    <message>
        <source>was kept only until Hearth closed, since the password store failed</source>
        <comment>mcp.secret-store-failed</comment>
        <translation>암호 저장소에 문제가 생겨 Hearth를 닫을 때까지만 보관되었습니다</translation>
    </message>
    <message>
        <source>The tool server “{name}” needs the secret {what} {names}, whose value {where}. Set it again in Settings → Tools, or with `hearth mcp secret {quoted} {example}`.</source>
        <comment>mcp.secret-missing</comment>
        <translation>도구 서버 “{name}”에 비밀 {what} {names}이(가) 필요하지만, 그 값이 {where}. 설정 → 도구에서 다시 설정하거나 `hearth mcp secret {quoted} {example}` 명령을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>{speed} tokens/s</source>
        <translation>{speed} 토큰/초</translation>
    </message>
    <message>
        <source>first token after {seconds} s</source>
        <translation>{seconds}초 후 첫 토큰</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>내 메시지</translation>
    </message>
    <message>
        <source>Reply from {model}</source>
        <translation>{model}의 응답</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>Show the model&apos;s thinking</source>
        <translation>모델의 생각 보기</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>모델의 생각</translation>
    </message>
    <message>
        <source>Text of the reply</source>
        <translation>응답 텍스트</translation>
    </message>
    <message>
        <source>Text of your message</source>
        <translation>내 메시지 텍스트</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>응답 복사</translation>
    </message>
    <message>
        <source>Copy your message</source>
        <translation>내 메시지 복사</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>응답 없음: {reason}</translation>
    </message>
    <message>
        <source>Why the reply failed</source>
        <translation>응답 실패 이유</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Try the reply again</source>
        <translation>응답 다시 시도</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Write the reply again</source>
        <translation>응답 다시 생성</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Edit your message</source>
        <translation>내 메시지 편집</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong inside Hearth</source>
        <comment>messages.unexpected</comment>
        <translation>Hearth 내부에서 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Hearth could not finish this</source>
        <comment>messages.could-not-finish</comment>
        <translation>Hearth가 이 작업을 끝내지 못했습니다</translation>
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
        <translation>채팅</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>비전</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>임베딩</translation>
    </message>
    <message>
        <source>{tier}; business use allowed</source>
        <translation>{tier}, 상업적 사용 가능</translation>
    </message>
    <message>
        <source>{tier}; business use not allowed</source>
        <translation>{tier}, 상업적 사용 불가</translation>
    </message>
    <message>
        <source>{publisher} · {parameters} parameters</source>
        <translation>{publisher} · 매개변수 {parameters}</translation>
    </message>
    <message>
        <source>Quantization: smaller files run faster and need less memory; larger ones answer better</source>
        <translation>양자화: 작은 파일은 더 빠르고 메모리가 덜 필요하며, 큰 파일은 더 좋은 답을 냅니다</translation>
    </message>
    <message>
        <source>Quantization of {model}</source>
        <translation>{model} 양자화</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model} 다운로드</translation>
    </message>
    <message>
        <source>{quant} (recommended)</source>
        <translation>{quant} (권장)</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>설치됨</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>다운로드 중 {percent}%</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Download size (rounded, as published)</source>
        <translation>다운로드 크기 (게시된 값, 반올림)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>다운로드 크기</translation>
    </message>
    <message>
        <source>Checking your computer…</source>
        <translation>컴퓨터 확인 중…</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>예상 속도: {speed}.</translation>
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
        <translation>메시지를 보내면 {model}이(가) 로드됩니다. 다른 모델을 선택할 수도 있습니다.</translation>
    </message>
    <message>
        <source>That model is still being checked; choose it from the list in a moment.</source>
        <translation>그 모델은 아직 확인 중입니다. 잠시 후 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>{model} 로드 중…</translation>
    </message>
    <message>
        <source>Offline mode is on: other computers&apos; models are off. Choose a model here.</source>
        <translation>오프라인 모드가 켜져 있어 다른 컴퓨터의 모델은 사용할 수 없습니다. 이 컴퓨터의 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>{computer} is no longer listed. Choose another model.</source>
        <translation>{computer}이(가) 더 이상 목록에 없습니다. 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>Hearth closed while loading {model} last time, probably because memory ran out. Options now load it on the processor only, with a shorter context; change them if you want to try again as before.</source>
        <translation>지난번에 {model}을(를) 로드하는 중 Hearth가 종료되었습니다. 메모리가 부족했기 때문일 수 있습니다. 이제 옵션에서 이 모델을 프로세서로만, 더 짧은 컨텍스트로 로드합니다. 이전처럼 다시 시도하려면 옵션을 변경하세요.</translation>
    </message>
    <message>
        <source>{reason}

Load it anyway? The computer may slow down.</source>
        <translation>{reason}

그래도 로드하시겠습니까? 컴퓨터가 느려질 수 있습니다.</translation>
    </message>
    <message>
        <source>Too large for this computer</source>
        <translation>이 컴퓨터에는 너무 큼</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>{model} · sees images</source>
        <translation>{model} · 이미지 인식</translation>
    </message>
    <message>
        <source>{model} — {verdict}</source>
        <translation>{model} — {verdict}</translation>
    </message>
    <message>
        <source>Choose a model…</source>
        <translation>모델 선택…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>On {computer} ({address}) · leaves this computer</source>
        <translation>{computer}({address})에서 실행 · 이 컴퓨터 밖으로 전송</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>{name} has no {quantization} version; it comes as {known}.</source>
        <comment>models.unknown-model</comment>
        <translation>{name}에는 {quantization} 버전이 없습니다. 제공되는 버전: {known}.</translation>
    </message>
    <message>
        <source>There is no model called &apos;{model_id}&apos; in Hearth&apos;s catalog (see `hearth models`).</source>
        <comment>models.not-in-catalog</comment>
        <translation>Hearth의 카탈로그에 &apos;{model_id}&apos;(이)라는 모델이 없습니다(`hearth models` 참조).</translation>
    </message>
    <message>
        <source>Hearth&apos;s model catalog is missing or damaged; reinstall Hearth.</source>
        <comment>models.catalog-damaged</comment>
        <translation>Hearth의 모델 카탈로그가 없거나 손상되었습니다. Hearth를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>Catalog entry {name} cannot be read.</source>
        <comment>models.catalog-entry-read</comment>
        <translation>카탈로그 항목 {name}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Catalog entry {name} is invalid at {where}.</source>
        <comment>models.catalog-entry-invalid</comment>
        <translation>카탈로그 항목 {name}의 {where} 값이 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Catalog ids are used twice: {ids}.</source>
        <comment>models.catalog-error</comment>
        <translation>카탈로그 ID가 중복되었습니다: {ids}.</translation>
    </message>
    <message>
        <source>Small and quick</source>
        <comment>models.role-quick</comment>
        <translation>작고 빠름</translation>
    </message>
    <message>
        <source>Answers almost at once; fine for everyday questions and short texts.</source>
        <comment>models.role-quick-about</comment>
        <translation>거의 바로 답합니다. 일상적인 질문과 짧은 글에 적합합니다.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <comment>models.role-balanced</comment>
        <translation>균형</translation>
    </message>
    <message>
        <source>Noticeably smarter, and still quick enough to talk with.</source>
        <comment>models.role-balanced-about</comment>
        <translation>눈에 띄게 더 똑똑하면서도 대화하기에 충분히 빠릅니다.</translation>
    </message>
    <message>
        <source>Best for this computer</source>
        <comment>models.role-best</comment>
        <translation>이 컴퓨터에 최적</translation>
    </message>
    <message>
        <source>The most capable model that runs well here; it takes a while to load.</source>
        <comment>models.role-best-about</comment>
        <translation>이 컴퓨터에서 잘 실행되는 가장 유능한 모델입니다. 로드하는 데 시간이 좀 걸립니다.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor core and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card-one-core</comment>
        <translation>이 컴퓨터에는 프로세서 코어 {cores}개와 메모리 {memory}이(가) 있고, Hearth가 사용할 수 있는 그래픽 카드는 없습니다. 최대 약 {in_memory} 크기의 모델을 실행할 수 있으며, 작은 모델일수록 빠르게 느껴집니다.</translation>
    </message>
    <message>
        <source>Your computer has {cores} processor cores and {memory} of memory, and no graphics card Hearth can use: models up to about {in_memory} run here, and small ones feel fastest.</source>
        <comment>models.summary-no-card</comment>
        <translation>이 컴퓨터에는 프로세서 코어 {cores}개와 메모리 {memory}이(가) 있고, Hearth가 사용할 수 있는 그래픽 카드는 없습니다. 최대 약 {in_memory} 크기의 모델을 실행할 수 있으며, 작은 모델일수록 빠르게 느껴집니다.</translation>
    </message>
    <message>
        <source>Your {gpu} shares its {memory} of memory with the graphics chip: models up to about {on_gpu} run on it at full speed.</source>
        <comment>models.summary-shared-memory</comment>
        <translation>{gpu}은(는) 메모리 {memory}을(를) 그래픽 칩과 공유합니다. 최대 약 {on_gpu} 크기의 모델을 최고 속도로 실행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your {gpu} runs models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-card</comment>
        <translation>{gpu}은(는) 최대 약 {on_gpu} 크기의 모델을 최고 속도로 실행하고, 최대 약 {in_memory}까지의 더 큰 모델은 프로세서의 도움을 받아 더 느리게 실행합니다.</translation>
    </message>
    <message>
        <source>Your {count} graphics cards run models up to about {on_gpu} at full speed, and larger ones up to about {in_memory} more slowly with help from the processor.</source>
        <comment>models.summary-cards</comment>
        <translation>그래픽 카드 {count}개로 최대 약 {on_gpu} 크기의 모델을 최고 속도로 실행하고, 최대 약 {in_memory}까지의 더 큰 모델은 프로세서의 도움을 받아 더 느리게 실행합니다.</translation>
    </message>
    <message>
        <source>This model file is damaged: a text field in its header has an impossible size.</source>
        <comment>models.damaged-text-field</comment>
        <translation>이 모델 파일이 손상되었습니다. 헤더에 있는 텍스트 필드의 크기가 있을 수 없는 값입니다.</translation>
    </message>
    <message>
        <source>This file is not a GGUF model (it does not start like one).</source>
        <comment>models.not-gguf</comment>
        <translation>이 파일은 GGUF 모델이 아닙니다(GGUF 파일처럼 시작하지 않습니다).</translation>
    </message>
    <message>
        <source>This model file uses GGUF version {version}, which Hearth cannot read.</source>
        <comment>models.gguf-version-unknown</comment>
        <translation>이 모델 파일은 GGUF 버전 {version}을(를) 사용하며, Hearth는 이 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>This model file is damaged: its header counts are impossible.</source>
        <comment>models.damaged-counts</comment>
        <translation>이 모델 파일이 손상되었습니다. 헤더의 개수 값이 있을 수 없는 값입니다.</translation>
    </message>
    <message>
        <source>This model file is damaged: a tensor has an impossible shape.</source>
        <comment>models.damaged-tensor</comment>
        <translation>이 모델 파일이 손상되었습니다. 텐서 하나의 형태가 있을 수 없는 값입니다.</translation>
    </message>
    <message>
        <source>This model file is damaged or of a kind Hearth does not know.</source>
        <comment>models.damaged-or-unknown</comment>
        <translation>이 모델 파일이 손상되었거나 Hearth가 모르는 종류입니다.</translation>
    </message>
    <message>
        <source>This model file is damaged: its data alignment is impossible.</source>
        <comment>models.damaged-alignment</comment>
        <translation>이 모델 파일이 손상되었습니다. 데이터 정렬 값이 있을 수 없는 값입니다.</translation>
    </message>
    <message>
        <source>This model file is cut short: it ends inside its header. Download it again.</source>
        <comment>models.file-cut-short</comment>
        <translation>이 모델 파일이 잘려 있습니다. 헤더 중간에서 끝납니다. 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>This model file&apos;s header is larger than any real model&apos;s.</source>
        <comment>models.header-too-large</comment>
        <translation>이 모델 파일의 헤더가 실제 어떤 모델보다도 큽니다.</translation>
    </message>
    <message>
        <source>Hearth could not read {name}: {strerror}.</source>
        <comment>models.file-unreadable</comment>
        <translation>Hearth가 {name}을(를) 읽을 수 없습니다: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is incomplete: it is {file_size:,} bytes but its header describes {described:,}. Download it again.</source>
        <comment>models.file-incomplete</comment>
        <translation>{name}이(가) 불완전합니다. 파일은 {file_size:,}바이트인데 헤더에는 {described:,}바이트로 나와 있습니다. 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>Chat and write</source>
        <comment>models.goal-chat</comment>
        <translation>채팅과 글쓰기</translation>
    </message>
    <message>
        <source>Write and explain code</source>
        <comment>models.goal-code</comment>
        <translation>코드 작성과 설명</translation>
    </message>
    <message>
        <source>Solve problems step by step</source>
        <comment>models.goal-reasoning</comment>
        <translation>단계별 문제 해결</translation>
    </message>
    <message>
        <source>Ask about pictures</source>
        <comment>models.goal-vision</comment>
        <translation>이미지에 관해 질문</translation>
    </message>
    <message>
        <source>Transcribe recordings</source>
        <comment>models.goal-speech</comment>
        <translation>녹음 받아쓰기</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <comment>models.damaged-header</comment>
        <translation>{name}의 헤더가 손상되었습니다.</translation>
    </message>
    <message>
        <source>No model Hearth can use was found in {name}.{reason}</source>
        <comment>models.import-no-model-found</comment>
        <translation>{name}에서 Hearth가 사용할 수 있는 모델을 찾지 못했습니다.{reason}</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file or folder.</source>
        <comment>models.import-nothing-there</comment>
        <translation>{name}을(를) 가져오지 않았습니다. 그런 파일이나 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>{name} belongs to you or another app, so Hearth does not delete it; hide it instead.</source>
        <comment>models.not-hearths-to-delete</comment>
        <translation>{name}은(는) 사용자나 다른 앱의 것이므로 Hearth가 삭제하지 않습니다. 대신 숨기세요.</translation>
    </message>
    <message>
        <source>{name} has already been removed.</source>
        <comment>models.already-removed</comment>
        <translation>{name}은(는) 이미 제거되었습니다.</translation>
    </message>
    <message>
        <source>{name} is a speech model; only chat models take a vision companion.</source>
        <comment>models.companion-for-speech-model</comment>
        <translation>{name}은(는) 음성 모델입니다. 비전 보조 파일은 채팅 모델에만 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is not a vision companion Hearth can use. {message}</source>
        <comment>models.companion-unusable</comment>
        <translation>{name}은(는) Hearth가 사용할 수 있는 비전 보조 파일이 아닙니다. {message}</translation>
    </message>
    <message>
        <source>{name} is not a vision companion. Choose the model&apos;s mmproj file (its name usually starts with “mmproj”).</source>
        <comment>models.not-a-companion</comment>
        <translation>{name}은(는) 비전 보조 파일이 아닙니다. 모델의 mmproj 파일을 선택하세요(이름이 보통 “mmproj”로 시작합니다).</translation>
    </message>
    <message>
        <source>{name} is a companion for sound, not for images.</source>
        <comment>models.companion-for-sound</comment>
        <translation>{name}은(는) 이미지용이 아니라 소리용 보조 파일입니다.</translation>
    </message>
    <message>
        <source>{name} was downloaded by Hearth: delete it to free its space.</source>
        <comment>models.delete-instead</comment>
        <translation>{name}은(는) Hearth가 다운로드한 모델입니다. 공간을 확보하려면 삭제하세요.</translation>
    </message>
    <message>
        <source>{name} was not imported. {reason}</source>
        <comment>models.not-imported</comment>
        <translation>{name}을(를) 가져오지 않았습니다. {reason}</translation>
    </message>
    <message>
        <source>Its header is damaged: the number of parts it declares is not a number.</source>
        <comment>models.split-count-damaged</comment>
        <translation>헤더가 손상되었습니다. 선언된 파트 수가 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} was not imported: there is no such file.</source>
        <comment>models.import-no-file</comment>
        <translation>{name}을(를) 가져오지 않았습니다. 그런 파일이 없습니다.</translation>
    </message>
    <message>
        <source>It is one of {count} parts of a split model and {missing} is missing; put all the parts in one folder and import again.</source>
        <comment>models.split-part-missing</comment>
        <translation>분할 모델의 파트 {count}개 중 하나인데 {missing}이(가) 없습니다. 모든 파트를 한 폴더에 넣고 다시 가져오세요.</translation>
    </message>
    <message>
        <source>{name} is a vision companion (mmproj), not a model on its own. Import the model file beside it; Hearth pairs the two.</source>
        <comment>models.projector-not-model</comment>
        <translation>{name}은(는) 비전 보조 파일(mmproj)이며, 단독 모델이 아닙니다. 옆에 있는 모델 파일을 가져오면 Hearth가 둘을 연결합니다.</translation>
    </message>
    <message>
        <source>Its header says the model has {header} parts, but its name says {named}.</source>
        <comment>models.split-count</comment>
        <translation>헤더에는 모델이 {header}개 파트로 되어 있다고 나와 있지만, 이름에는 {named}개로 나와 있습니다.</translation>
    </message>
    <message>
        <source>{name} was not imported: a faster-whisper model folder holds model.bin and config.json.</source>
        <comment>models.import-not-whisper</comment>
        <translation>{name}을(를) 가져오지 않았습니다. faster-whisper 모델 폴더에는 model.bin과 config.json이 있습니다.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json is damaged.</source>
        <comment>models.import-config-damaged</comment>
        <translation>{name}을(를) 가져오지 않았습니다. config.json이 손상되었습니다.</translation>
    </message>
    <message>
        <source>{name} was not imported: its config.json or model.bin is damaged.</source>
        <comment>models.import-whisper-damaged</comment>
        <translation>{name}을(를) 가져오지 않았습니다. config.json 또는 model.bin이 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>ModelsFolderSettings</name>
    <message>
        <source>Models folder</source>
        <translation>모델 폴더</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Change the models folder</source>
        <translation>모델 폴더 변경</translation>
    </message>
    <message>
        <source>Choose another folder for models you download from now on</source>
        <translation>앞으로 다운로드할 모델을 저장할 다른 폴더를 선택합니다</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Open the models folder</source>
        <translation>모델 폴더 열기</translation>
    </message>
    <message>
        <source>Show this folder in your file manager</source>
        <translation>파일 관리자에서 이 폴더 보기</translation>
    </message>
    <message>
        <source>Use the usual folder</source>
        <translation>기본 폴더 사용</translation>
    </message>
    <message>
        <source>Use the usual models folder</source>
        <translation>기본 모델 폴더 사용</translation>
    </message>
    <message>
        <source>You chose this folder. Models downloaded before you changed it stay where they were.</source>
        <translation>직접 선택한 폴더입니다. 변경 전에 다운로드한 모델은 원래 위치에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Hearth&apos;s usual folder for models. Choose another one if this disk is short of space.</source>
        <translation>Hearth의 기본 모델 폴더입니다. 이 디스크의 공간이 부족하면 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose where Hearth keeps models</source>
        <translation>Hearth가 모델을 저장할 위치 선택</translation>
    </message>
</context>
<context>
    <name>MyModelsPage</name>
    <message>
        <source>My Models</source>
        <translation>내 모델</translation>
    </message>
    <message>
        <source>Add model file…</source>
        <translation>모델 파일 추가…</translation>
    </message>
    <message>
        <source>Add model file</source>
        <translation>모델 파일 추가</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Add every model in a folder</source>
        <translation>폴더의 모든 모델 추가</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>이 컴퓨터의 모델</translation>
    </message>
    <message>
        <source>Models on this computer: the ones Hearth downloaded, the ones you added, and the ones other apps (LM Studio, Ollama, GPT4All) already have — used where they are, never copied. Drop a .gguf file anywhere on the window to add it.</source>
        <translation>이 컴퓨터의 모델: Hearth가 다운로드한 모델, 직접 추가한 모델, 다른 앱(LM Studio, Ollama, GPT4All)에 이미 있는 모델입니다. 복사하지 않고 있는 위치에서 그대로 사용합니다. 창 아무 곳에나 .gguf 파일을 끌어다 놓으면 추가됩니다.</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>모델 찾는 중…</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>파일 확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n models on this computer.</source>
        <translation>
            <numerusform>이 컴퓨터의 모델 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models yet. Download one from Discover, or add a file.</source>
        <translation>아직 모델이 없습니다. 탐색에서 다운로드하거나 파일을 추가하세요.</translation>
    </message>
    <message>
        <source>Some files were not added. {reasons}</source>
        <translation>일부 파일이 추가되지 않았습니다. {reasons}</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>모델 파일 추가</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 모델 (*.gguf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>모델 삭제</translation>
    </message>
    <message>
        <source>Delete {model} ({size}) from this computer? You can download it again later.</source>
        <translation>이 컴퓨터에서 {model}({size})을(를) 삭제하시겠습니까? 나중에 다시 다운로드할 수 있습니다.</translation>
    </message>
    <message>
        <source>Vision companion for {model}</source>
        <translation>{model}의 비전 보조 파일</translation>
    </message>
    <message>
        <source>Vision companions (*.gguf)</source>
        <translation>비전 보조 파일 (*.gguf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Opened from a Hugging Face link: {repository} ({file}). Nothing is downloaded until you choose to.</source>
        <translation>Hugging Face 링크에서 열었습니다: {repository} ({file}). 직접 선택하기 전에는 아무것도 다운로드하지 않습니다.</translation>
    </message>
    <message>
        <source>Opened from a Hugging Face link: {repository}. Nothing is downloaded until you choose to.</source>
        <translation>Hugging Face 링크에서 열었습니다: {repository}. 직접 선택하기 전에는 아무것도 다운로드하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>Offline mode</source>
        <translation>오프라인 모드</translation>
    </message>
    <message>
        <source>Offline mode — Hearth makes no network connection at all</source>
        <translation>오프라인 모드 — Hearth가 네트워크에 전혀 연결하지 않습니다</translation>
    </message>
    <message>
        <source>Models you already have keep working. To download a model or check a token, turn it off again.</source>
        <translation>이미 있는 모델은 계속 작동합니다. 모델을 다운로드하거나 토큰을 확인하려면 다시 끄세요.</translation>
    </message>
</context>
<context>
    <name>OpenAI</name>
    <message>
        <source>{param} has a call without a function name.</source>
        <comment>openai.call-without-name</comment>
        <translation>{param}에 함수 이름이 없는 호출이 있습니다.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not JSON.</source>
        <comment>openai.arguments-not-json</comment>
        <translation>{param}의 인수가 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>{param} has arguments that are not a JSON object.</source>
        <comment>openai.arguments-not-object</comment>
        <translation>{param}의 인수가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>{param} must be an object with a role and content.</source>
        <comment>openai.message-not-object</comment>
        <translation>{param}은(는) role과 content가 있는 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{param} has the role {role!r}; a role is one of {roles}.</source>
        <comment>openai.unknown-role</comment>
        <translation>{param}의 role이 {role!r}입니다. role은 {roles} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{param}.content has a part that is neither text nor an image.</source>
        <comment>openai.content-part-unknown</comment>
        <translation>{param}.content에 텍스트도 이미지도 아닌 부분이 있습니다.</translation>
    </message>
    <message>
        <source>{param}: only a user&apos;s message can carry images.</source>
        <comment>openai.images-not-from-user</comment>
        <translation>{param}: 사용자 메시지에만 이미지를 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>{param}.content has a text part without text.</source>
        <comment>openai.text-part-empty</comment>
        <translation>{param}.content에 텍스트가 없는 텍스트 부분이 있습니다.</translation>
    </message>
    <message>
        <source>{param} has no content.</source>
        <comment>openai.no-content</comment>
        <translation>{param}에 content가 없습니다.</translation>
    </message>
    <message>
        <source>{param}.content must be text or a list of parts.</source>
        <comment>openai.content-not-text</comment>
        <translation>{param}.content는 텍스트이거나 부분 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{param}.tool_calls must be a list.</source>
        <comment>openai.tool-calls-not-list</comment>
        <translation>{param}.tool_calls는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>{param}.tool_call_id must be text.</source>
        <comment>openai.tool-call-id-not-text</comment>
        <translation>{param}.tool_call_id는 텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>{param} has an image_url without a url.</source>
        <comment>openai.image-url-empty</comment>
        <translation>{param}에 url이 없는 image_url이 있습니다.</translation>
    </message>
    <message>
        <source>{param} has an image given by its address; Hearth never fetches anything from the network (nothing leaves this computer), so send the picture itself as a data URL (data:image/png;base64,…).</source>
        <comment>openai.image-by-address</comment>
        <translation>{param}에 주소로 지정된 이미지가 있습니다. Hearth는 네트워크에서 아무것도 가져오지 않으므로(이 컴퓨터 밖으로 아무것도 나가지 않습니다) 이미지 자체를 data URL(data:image/png;base64,…)로 보내세요.</translation>
    </message>
    <message>
        <source>{param} has an image that is not a base64 data URL (data:image/png;base64,…); Hearth never fetches images from the network.</source>
        <comment>openai.image-not-data-url</comment>
        <translation>{param}에 base64 data URL(data:image/png;base64,…)이 아닌 이미지가 있습니다. Hearth는 네트워크에서 이미지를 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>{param} has an image whose base64 data is damaged.</source>
        <comment>openai.image-damaged</comment>
        <translation>{param}에 base64 데이터가 손상된 이미지가 있습니다.</translation>
    </message>
    <message>
        <source>{param}: {message}</source>
        <comment>openai.image-refused</comment>
        <translation>{param}: {message}</translation>
    </message>
    <message>
        <source>A streamed event was not a JSON object.</source>
        <comment>openai.not-json</comment>
        <translation>스트리밍된 이벤트가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: {problem}. Hearth refuses it rather than ignore it.</source>
        <comment>openai.schema-unenforceable</comment>
        <translation>이 JSON 스키마를 적용할 수 없습니다: {problem}. Hearth는 스키마를 무시하는 대신 거부합니다.</translation>
    </message>
    <message>
        <source>This JSON schema cannot be enforced: llama.cpp could not read the grammar written for it. Hearth refuses it rather than ignore it.</source>
        <comment>openai.grammar-unreadable</comment>
        <translation>이 JSON 스키마를 적용할 수 없습니다. llama.cpp가 이 스키마용으로 작성된 문법을 읽을 수 없습니다. Hearth는 스키마를 무시하는 대신 거부합니다.</translation>
    </message>
    <message>
        <source>A streamed tool call came without a function name.</source>
        <comment>openai.streamed-call-without-name</comment>
        <translation>스트리밍된 도구 호출에 함수 이름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>PageScroll</name>
    <message>
        <source>Scrollable content</source>
        <translation>스크롤 가능한 콘텐츠</translation>
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
        <translation>{size} 다운로드</translation>
    </message>
    <message>
        <source>{licence}, business use allowed</source>
        <translation>{licence}, 상업적 사용 가능</translation>
    </message>
    <message>
        <source>{licence} licence, business use allowed</source>
        <translation>{licence} 라이선스, 상업적 사용 가능</translation>
    </message>
    <message>
        <source>{licence}, not for business use</source>
        <translation>{licence}, 상업적 사용 불가</translation>
    </message>
    <message>
        <source>{licence} licence, not for business use</source>
        <translation>{licence} 라이선스, 상업적 사용 불가</translation>
    </message>
    <message>
        <source>{reason} Expected speed: {speed}.</source>
        <translation>{reason} 예상 속도: {speed}.</translation>
    </message>
</context>
<context>
    <name>PicksScreen</name>
    <message>
        <source>A model that fits</source>
        <translation>맞는 모델 1개</translation>
    </message>
    <message>
        <source>Two models that fit</source>
        <translation>맞는 모델 2개</translation>
    </message>
    <message>
        <source>Three models that fit</source>
        <translation>맞는 모델 3개</translation>
    </message>
    <message>
        <source>Browse all models instead</source>
        <translation>대신 모든 모델 둘러보기</translation>
    </message>
    <message>
        <source>Models that fit</source>
        <translation>맞는 모델</translation>
    </message>
    <message>
        <source>Nothing fits yet</source>
        <translation>아직 맞는 모델이 없습니다</translation>
    </message>
    <message>
        <source>No chat model in the catalog runs well on this computer as it is now. Close other programs to free memory and look again on the Hardware page, or browse every model.</source>
        <translation>현재 상태의 이 컴퓨터에서 잘 실행되는 채팅 모델이 카탈로그에 없습니다. 다른 프로그램을 닫아 메모리를 확보하고 하드웨어 페이지에서 다시 확인하거나, 모든 모델을 둘러보세요.</translation>
    </message>
    <message>
        <source>Each of these runs on this computer. Pick one to download; you can add others later.</source>
        <translation>모두 이 컴퓨터에서 실행됩니다. 다운로드할 모델을 하나 고르세요. 나중에 다른 모델을 추가할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>PromptCacheSettings</name>
    <message>
        <source>Coming back to conversations</source>
        <translation>대화로 돌아오기</translation>
    </message>
    <message>
        <source>Memory to use</source>
        <translation>사용할 메모리</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Memory for coming back to conversations</source>
        <translation>대화로 돌아오기에 쓸 메모리</translation>
    </message>
    <message>
        <source>Less than the size above for now: the models that are loaded need the rest of the memory.</source>
        <translation>지금은 위에서 정한 크기보다 적습니다. 불러온 모델이 나머지 메모리를 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Hearth keeps what a model has already read of your recent conversations in memory, so when you come back to one it answers at once instead of reading it all again. When a model needs the memory, this gives way first. Long conversations are also kept on disk, up to the same size, so they come back at once after Hearth was closed too.</source>
        <translation>Hearth는 모델이 최근 대화에서 이미 읽은 내용을 메모리에 보관해, 대화로 돌아오면 전부 다시 읽지 않고 바로 답합니다. 모델에 메모리가 필요하면 이 공간이 가장 먼저 비켜 줍니다. 긴 대화는 같은 크기까지 디스크에도 보관되어, Hearth를 닫았다가 다시 열어도 바로 이어집니다.</translation>
    </message>
    <message>
        <source>Down to Off, nothing is kept, in memory or on disk: a conversation is read again from the start each time you come back to it.</source>
        <translation>끔으로 내리면 메모리에도 디스크에도 아무것도 보관하지 않습니다. 대화로 돌아올 때마다 처음부터 다시 읽습니다.</translation>
    </message>
    <message numerus="yes">
        <source>On disk for after a restart: %n conversations, {size}.</source>
        <translation>
            <numerusform>다시 시작한 뒤를 위해 디스크에 보관: 대화 %n개, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: nothing is kept in memory or on disk.</source>
        <translation>끔: 메모리에도 디스크에도 아무것도 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>Empty now. It fills as you talk with a model, up to {size} as memory allows.</source>
        <translation>지금은 비어 있습니다. 모델과 대화하는 동안 메모리가 허락하는 만큼 {size}까지 채워집니다.</translation>
    </message>
    <message>
        <source>Empty now. It may hold up to {size}.</source>
        <translation>지금은 비어 있습니다. 최대 {size}까지 보관할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Now holding %n conversations: {tokens}, {size} of at most {limit}.</source>
        <translation>
            <numerusform>지금 대화 %n개 보관 중: {tokens}, 최대 {limit} 중 {size}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tokens</source>
        <translation>
            <numerusform>토큰 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptForm</name>
    <message>
        <source>Prompt (write {{name}} for a value that changes from case to case)</source>
        <translation>프롬프트 (케이스마다 바뀌는 값은 {{name}}으로 쓰세요)</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>What to ask each model, such as: What is the capital of {{country}}?</source>
        <translation>각 모델에게 물어볼 내용 (예: {{country}}의 수도는 어디입니까?)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>A short name for it in the tables (optional)</source>
        <translation>표에 표시할 짧은 이름 (선택 사항)</translation>
    </message>
    <message>
        <source>Checks: the reply…</source>
        <translation>검사: 응답이…</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>검사 추가</translation>
    </message>
    <message>
        <source>It passes when</source>
        <translation>통과 조건</translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation>모든 검사 통과</translation>
    </message>
    <message>
        <source>the score is at least</source>
        <translation>점수가 다음 이상</translation>
    </message>
    <message>
        <source>When the prompt passes</source>
        <translation>프롬프트 통과 조건</translation>
    </message>
    <message>
        <source>The score it needs, from 0 to 1</source>
        <translation>필요한 점수 (0~1)</translation>
    </message>
    <message>
        <source>The weighted share of checks that pass, from 0 to 1</source>
        <translation>통과한 검사의 가중 비율 (0~1)</translation>
    </message>
    <message>
        <source>Try on a sample reply</source>
        <translation>샘플 응답으로 시험</translation>
    </message>
    <message>
        <source>A sample reply to try the checks on</source>
        <translation>검사를 시험할 샘플 응답</translation>
    </message>
    <message>
        <source>Paste or write a reply here to see which checks it passes.</source>
        <translation>여기에 응답을 붙여 넣거나 작성하면 어떤 검사를 통과하는지 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The model is offered %n tool(s), kept as the file gives them: </source>
        <translation>
            <numerusform>모델에 도구 %n개가 제공됩니다(파일에 있는 그대로): </numerusform>
        </translation>
    </message>
    <message>
        <source>This reply passes</source>
        <translation>이 응답은 통과합니다</translation>
    </message>
    <message>
        <source>This reply fails</source>
        <translation>이 응답은 실패합니다</translation>
    </message>
    <message>
        <source> (with the chosen row: {values})</source>
        <translation> (선택한 행: {values})</translation>
    </message>
    <message>
        <source>{verdict}: {passed} of {counted} checks, score {score}{row}.</source>
        <translation>{verdict}: 검사 {counted}개 중 {passed}개 통과, 점수 {score}{row}.</translation>
    </message>
</context>
<context>
    <name>PromptSetsPanel</name>
    <message>
        <source>New set…</source>
        <translation>새 세트…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation>프롬프트 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Run the set</source>
        <translation>세트 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Prompt set run progress</source>
        <translation>프롬프트 세트 실행 진행률</translation>
    </message>
    <message>
        <source>Time left in the run</source>
        <translation>실행 남은 시간</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>결과 보기</translation>
    </message>
    <message>
        <source>Show the run&apos;s results on the Leaderboard</source>
        <translation>순위표에서 실행 결과 보기</translation>
    </message>
    <message>
        <source>The replies side by side, to vote on, and the leaderboard</source>
        <translation>투표할 수 있게 나란히 놓은 응답과 순위표</translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation>프롬프트 세트</translation>
    </message>
    <message>
        <source>Prompts of the set</source>
        <translation>세트의 프롬프트</translation>
    </message>
    <message>
        <source>Double-click a prompt, or press F2, to edit it</source>
        <translation>프롬프트를 두 번 클릭하거나 F2를 눌러 편집하세요</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>약 {seconds}초 남음</translation>
    </message>
    <message>
        <source>Stopped at {done} of {total}</source>
        <translation>{total}개 중 {done}개에서 중지됨</translation>
    </message>
    <message>
        <source>New prompt set</source>
        <translation>새 프롬프트 세트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Import prompts</source>
        <translation>프롬프트 가져오기</translation>
    </message>
    <message>
        <source>Prompts (*.txt *.jsonl)</source>
        <translation>프롬프트 (*.txt *.jsonl)</translation>
    </message>
    <message>
        <source>Export prompts</source>
        <translation>프롬프트 내보내기</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>프롬프트 추가</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>{name} no longer offers the model “{model}”. Choose another of its models.</source>
        <comment>providers.model-gone</comment>
        <translation>{name}에서 더 이상 “{model}” 모델을 제공하지 않습니다. 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>{name} stopped the reply with an error: {error_text}</source>
        <comment>providers.stopped-reply-error</comment>
        <translation>{name}이(가) 오류로 응답을 중지했습니다: {error_text}</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost in the middle of the reply; what arrived is kept.</source>
        <comment>providers.lost-mid-reply</comment>
        <translation>응답 도중 {name}({host})과(와)의 연결이 끊어졌습니다. 받은 내용은 보관됩니다.</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) was lost before it answered.</source>
        <comment>providers.lost-before-answer</comment>
        <translation>{name}({host})이(가) 응답하기 전에 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>The reply reached the longest length asked for and was cut there.</source>
        <comment>providers.reply-cut-at-length</comment>
        <translation>응답이 요청한 최대 길이에 도달해 거기서 잘렸습니다.</translation>
    </message>
    <message>
        <source>{problem} What arrived before is kept.</source>
        <comment>providers.arrived-kept</comment>
        <translation>{problem} 그 전에 받은 내용은 보관됩니다.</translation>
    </message>
    <message>
        <source>{name}&apos;s model asked for a tool in a way Hearth cannot read ({message}); what arrived before is kept.</source>
        <comment>providers.unreadable-tool-call</comment>
        <translation>{name}의 모델이 Hearth가 읽을 수 없는 방식으로 도구를 요청했습니다({message}). 그 전에 받은 내용은 보관됩니다.</translation>
    </message>
    <message>
        <source>{url} answered, but not as an OpenAI-compatible API does. Check the address and port: Ollama listens on 11434, LM Studio on 1234, llama-server on 8080, vLLM on 8000.</source>
        <comment>providers.not-openai-compatible</comment>
        <translation>{url}이(가) 응답했지만 OpenAI 호환 API 방식이 아닙니다. 주소와 포트를 확인하세요. Ollama는 11434, LM Studio는 1234, llama-server는 8080, vLLM은 8000 포트를 사용합니다.</translation>
    </message>
    <message>
        <source>{name} refused the key (error {status}). Check the key and add it again.</source>
        <comment>providers.key-refused-by-server</comment>
        <translation>{name}이(가) 키를 거부했습니다(오류 {status}). 키를 확인하고 다시 추가하세요.</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}), and the key you gave it was not kept: this computer has no password store. Remove {name} and add it again with its key, choosing to keep the key in a file only you can read (“Keep the key in a file” in Settings, or --store-key-in-file).</source>
        <comment>providers.key-not-kept</comment>
        <translation>{name}이(가) 키를 요구하는데(오류 {status}), 입력한 키가 보관되지 않았습니다. 이 컴퓨터에는 암호 저장소가 없습니다. {name}을(를) 제거하고 키와 함께 다시 추가하되, 나만 읽을 수 있는 파일에 키를 보관하도록 선택하세요(설정의 “파일에 키 보관” 또는 --store-key-in-file).</translation>
    </message>
    <message>
        <source>{name} asks for a key (error {status}). Add it again with its key.</source>
        <comment>providers.key-refused</comment>
        <translation>{name}이(가) 키를 요구합니다(오류 {status}). 키와 함께 다시 추가하세요.</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images. {said}</source>
        <comment>providers.pictures-refused-said</comment>
        <translation>{name}이(가) 이미지를 받을 수 없습니다(오류 {status}). 이 모델은 이미지를 볼 수 없을 수도 있습니다. {said}</translation>
    </message>
    <message>
        <source>{name} could not take the pictures (error {status}): this model may not see images.</source>
        <comment>providers.pictures-refused</comment>
        <translation>{name}이(가) 이미지를 받을 수 없습니다(오류 {status}). 이 모델은 이미지를 볼 수 없을 수도 있습니다.</translation>
    </message>
    <message>
        <source>{name} could not answer with this model (error {status}). It may not be a model for chat (one for speech or for searching documents, say): choose another model.</source>
        <comment>providers.answer-model-error</comment>
        <translation>{name}이(가) 이 모델로 답할 수 없습니다(오류 {status}). 채팅용 모델이 아닐 수 있습니다(예: 음성용이나 문서 검색용 모델). 다른 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}). {said}</source>
        <comment>providers.answer-failed-said</comment>
        <translation>{name}이(가) 답하는 중 문제가 생겼습니다(오류 {status}). {said}</translation>
    </message>
    <message>
        <source>{name} had a problem answering (error {status}).</source>
        <comment>providers.answer-failed</comment>
        <translation>{name}이(가) 답하는 중 문제가 생겼습니다(오류 {status}).</translation>
    </message>
    <message>
        <source> The server seems to speak plain http: try the address with http://.</source>
        <comment>providers.tls-plain-http</comment>
        <translation> 서버가 일반 http를 사용하는 것 같습니다. http://로 시작하는 주소로 시도해 보세요.</translation>
    </message>
    <message>
        <source> Its certificate is not one this computer trusts.</source>
        <comment>providers.tls-untrusted</comment>
        <translation> 이 컴퓨터가 신뢰하는 인증서가 아닙니다.</translation>
    </message>
    <message>
        <source>The secure connection to {name} ({host}) failed.{hint}</source>
        <comment>providers.tls-problem</comment>
        <translation>{name}({host})과(와)의 보안 연결에 실패했습니다.{hint}</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>providers.timed-out-connecting</comment>
        <translation>연결</translation>
    </message>
    <message>
        <source>answer</source>
        <comment>providers.timed-out-answering</comment>
        <translation>응답</translation>
    </message>
    <message>
        <source>{name} ({host}) took too long to {what}. Check that the computer is on and the server running.</source>
        <comment>providers.server-timed-out</comment>
        <translation>{name}({host})의 {what} 시간이 초과되었습니다. 컴퓨터가 켜져 있고 서버가 실행 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>No computer called {host} can be found. Check the address.</source>
        <comment>providers.host-not-found</comment>
        <translation>{host}(이)라는 컴퓨터를 찾을 수 없습니다. 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing answers at {host}: the server is not running there, or listens on another port or only to itself (Ollama: OLLAMA_HOST=0.0.0.0; llama-server and vLLM: --host 0.0.0.0).</source>
        <comment>providers.connection-refused</comment>
        <translation>{host}에서 응답하는 것이 없습니다. 서버가 실행 중이 아니거나, 다른 포트를 사용하거나, 자기 자신의 연결만 받고 있습니다(Ollama: OLLAMA_HOST=0.0.0.0, llama-server 및 vLLM: --host 0.0.0.0).</translation>
    </message>
    <message>
        <source>The connection to {name} ({host}) failed.</source>
        <comment>providers.connection-lost</comment>
        <translation>{name}({host})과(와)의 연결에 실패했습니다.</translation>
    </message>
    <message>
        <source>It said: {text}</source>
        <comment>providers.it-said</comment>
        <translation>서버 메시지: {text}</translation>
    </message>
    <message>
        <source>A name for another computer is 1 to 40 letters, digits, spaces, dots, dashes or underscores, starting with a letter or digit (not “{name}”).</source>
        <comment>providers.bad-address</comment>
        <translation>다른 컴퓨터의 이름은 문자나 숫자로 시작하는 1~40자의 문자, 숫자, 공백, 마침표, 대시, 밑줄이어야 합니다(“{name}”은(는) 사용할 수 없음).</translation>
    </message>
    <message>
        <source>“{url}” is not a web address Hearth can use. Give it as http://HOST:PORT (for example http://192.168.1.20:11434 for Ollama), or https:// when the server has a certificate.</source>
        <comment>providers.bad-url</comment>
        <translation>“{url}”은(는) Hearth가 사용할 수 있는 웹 주소가 아닙니다. http://HOST:PORT 형식으로 입력하세요(예: Ollama는 http://192.168.1.20:11434). 서버에 인증서가 있으면 https://를 사용하세요.</translation>
    </message>
    <message>
        <source>Put the key in the key field, not in the address.</source>
        <comment>providers.key-in-address</comment>
        <translation>키는 주소가 아니라 키 입력란에 넣으세요.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added; `hearth remote list` shows the ones that are.</source>
        <comment>providers.unknown-provider</comment>
        <translation>“{name}”(이)라는 다른 컴퓨터가 추가되어 있지 않습니다. `hearth remote list`로 추가된 컴퓨터를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>There is already another computer called “{name}”.</source>
        <comment>providers.provider-exists</comment>
        <translation>“{name}”(이)라는 다른 컴퓨터가 이미 있습니다.</translation>
    </message>
    <message>
        <source>No other computer called “{name}” was added.</source>
        <comment>providers.unknown-provider-short</comment>
        <translation>“{name}”(이)라는 다른 컴퓨터가 추가되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No other computer called “{old}” was added.</source>
        <comment>providers.unknown-provider-old</comment>
        <translation>“{old}”(이)라는 다른 컴퓨터가 추가되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>There is already another computer called “{new}”.</source>
        <comment>providers.provider-exists-new</comment>
        <translation>“{new}”(이)라는 다른 컴퓨터가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth does not use other computers&apos; models. Turn it off in Settings to use them.</source>
        <comment>providers.offline</comment>
        <translation>오프라인 모드가 켜져 있어 Hearth가 다른 컴퓨터의 모델을 사용하지 않습니다. 사용하려면 설정에서 끄세요.</translation>
    </message>
    <message>
        <source>A name cannot contain “/”.</source>
        <comment>providers.name-with-slash</comment>
        <translation>이름에 “/”를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: {models}.</source>
        <comment>providers.offers</comment>
        <translation>{name}에는 “{model}”(이)라는 모델이 없습니다. 제공되는 모델: {models}.</translation>
    </message>
    <message>
        <source>{name} does not offer a model called “{model}”. It offers: none.</source>
        <comment>providers.offers-none</comment>
        <translation>{name}에는 “{model}”(이)라는 모델이 없습니다. 제공되는 모델: 없음.</translation>
    </message>
</context>
<context>
    <name>QuantRowView</name>
    <message>
        <source>Download size</source>
        <translation>다운로드 크기</translation>
    </message>
    <message>
        <source>Expected speed: {speed}.</source>
        <translation>예상 속도: {speed}.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <source>Download {quant}</source>
        <translation>{quant} 다운로드</translation>
    </message>
    <message>
        <source>Download {size} into your models folder</source>
        <translation>모델 폴더에 {size} 다운로드</translation>
    </message>
    <message>
        <source>{quant}, {size}, {verdict}</source>
        <translation>{quant}, {size}, {verdict}</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>권장</translation>
    </message>
    <message>
        <source>Original precision</source>
        <translation>원본 정밀도</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>부분 {count}개 중 {have}개</translation>
    </message>
    <message>
        <source>Incomplete: {parts}</source>
        <translation>불완전: {parts}</translation>
    </message>
    <message>
        <source>With vision</source>
        <translation>비전 포함</translation>
    </message>
    <message>
        <source>Rough: judged by size only</source>
        <translation>대략적: 크기로만 판정</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context · {layers} layers on the graphics card.</source>
        <translation>컨텍스트 {context} 토큰에서 {memory} 필요 · 그래픽 카드 레이어 {layers}개.</translation>
    </message>
    <message>
        <source>Needs {memory} at {context} tokens of context.</source>
        <translation>컨텍스트 {context} 토큰에서 {memory} 필요.</translation>
    </message>
    <message>
        <source>This model needs a newer Hearth</source>
        <translation>이 모델에는 더 새로운 버전의 Hearth가 필요합니다</translation>
    </message>
    <message>
        <source>Some of its parts are missing from the repository</source>
        <translation>일부 부분이 저장소에 없습니다</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Waiting to start…</source>
        <translation>시작 대기 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Transcribe it again with the model and options chosen above</source>
        <translation>위에서 선택한 모델과 옵션으로 다시 받아쓰기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Take it off the list (its saved files stay where they are)</source>
        <translation>목록에서 빼기 (저장된 파일은 그대로 남습니다)</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source>{percent}% · {phase}</source>
        <translation>{percent}% · {phase}</translation>
    </message>
    <message>
        <source>Failed · {reason}</source>
        <translation>실패 · {reason}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Done · {facts}</source>
        <translation>완료 · {facts}</translation>
    </message>
    <message>
        <source>Options: {options}</source>
        <translation>옵션: {options}</translation>
    </message>
    <message>
        <source>Transcription of {name}</source>
        <translation>{name} 받아쓰기</translation>
    </message>
    <message>
        <source>Transcription of {name}: {percent}%</source>
        <translation>{name} 받아쓰기: {percent}%</translation>
    </message>
    <message>
        <source>Cancel the transcription of {name}</source>
        <translation>{name} 받아쓰기 취소</translation>
    </message>
    <message>
        <source>Run {name} again</source>
        <translation>{name} 다시 실행</translation>
    </message>
    <message>
        <source>Remove {name} from the list</source>
        <translation>목록에서 {name} 제거</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>중지 중…</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <source>The local server is answering other apps; they lose their connection when Hearth quits.</source>
        <translation>로컬 서버가 다른 앱에 응답하고 있습니다. Hearth를 종료하면 다른 앱의 연결이 끊어집니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are being transcribed now.</source>
        <translation>
            <numerusform>녹음 %n개를 지금 받아쓰고 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recordings are waiting to be transcribed.</source>
        <translation>
            <numerusform>녹음 %n개가 받아쓰기를 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is kept: it goes on the next time Hearth opens.</source>
        <translation>대기열은 유지되며, 다음에 Hearth를 열면 이어서 진행됩니다.</translation>
    </message>
    <message>
        <source>Quit anyway?</source>
        <translation>그래도 종료하시겠습니까?</translation>
    </message>
    <message>
        <source>Quit Hearth?</source>
        <translation>Hearth를 종료하시겠습니까?</translation>
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
        <translation>응답한 적 없음</translation>
    </message>
    <message>
        <source>last seen {time}</source>
        <translation>마지막 확인 {time}</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>다른 컴퓨터</translation>
    </message>
    <message>
        <source>Use the models of a bigger computer that runs Ollama, LM Studio, llama-server, vLLM or Hearth with sharing on. A conversation with one of its models leaves this computer: use it on a network you trust or through a VPN such as Tailscale (the traffic is plain HTTP unless the server has https).</source>
        <translation>Ollama, LM Studio, llama-server, vLLM 또는 공유가 켜진 Hearth를 실행하는 더 강력한 컴퓨터의 모델을 사용합니다. 그 컴퓨터의 모델과 나누는 대화는 이 컴퓨터를 벗어나므로, 신뢰할 수 있는 네트워크나 Tailscale 같은 VPN을 통해 사용하세요 (서버에 https가 없으면 트래픽은 암호화되지 않은 HTTP입니다).</translation>
    </message>
    <message>
        <source>Name, e.g. desk</source>
        <translation>이름 (예: 데스크톱)</translation>
    </message>
    <message>
        <source>Name of the computer</source>
        <translation>컴퓨터 이름</translation>
    </message>
    <message>
        <source>Address, e.g. http://192.168.1.20:11434</source>
        <translation>주소 (예: http://192.168.1.20:11434)</translation>
    </message>
    <message>
        <source>Address of its server</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Key (if the server asks for one)</source>
        <translation>키 (서버에서 요구하는 경우)</translation>
    </message>
    <message>
        <source>Key, if the server asks for one</source>
        <translation>키 (서버에서 요구하는 경우)</translation>
    </message>
    <message>
        <source>Keep the key in a file only I can read</source>
        <translation>나만 읽을 수 있는 파일에 키 보관</translation>
    </message>
    <message>
        <source>Keep the key in a file</source>
        <translation>파일에 키 보관</translation>
    </message>
    <message>
        <source>Ticked, the key is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>선택하면 키가 {file}에 저장되며, 이 파일은 내 계정만 읽을 수 있습니다. 단, 내 파일을 읽을 수 있는 사람(관리자, 백업)은 이 키도 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>This computer has no password store, so Hearth forgets a key when it closes. Tick “Keep the key in a file” to keep it.</source>
        <translation>이 컴퓨터에는 암호 저장소가 없어 Hearth를 닫으면 키를 잊어버립니다. 보관하려면 “파일에 키 보관”을 선택하세요.</translation>
    </message>
    <message>
        <source>Add and test</source>
        <translation>추가 및 테스트</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Test the chosen computer</source>
        <translation>선택한 컴퓨터 테스트</translation>
    </message>
    <message>
        <source>Rename to the name above</source>
        <translation>위의 이름으로 바꾸기</translation>
    </message>
    <message>
        <source>Rename the chosen computer to the name above</source>
        <translation>선택한 컴퓨터의 이름을 위의 이름으로 바꾸기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the chosen computer</source>
        <translation>선택한 컴퓨터 제거</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth uses no other computer.</source>
        <translation>오프라인 모드가 켜져 있어 Hearth가 다른 컴퓨터를 사용하지 않습니다.</translation>
    </message>
    <message>
        <source>Testing {address}…</source>
        <translation>{address} 테스트 중…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name}: %n model(s). They are in the Chat list now.</source>
        <translation>
            <numerusform>{name} 추가됨: 모델 %n개. 이제 채팅 목록에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its key is kept only until Hearth closes: this computer has no password store. To keep it, remove {name} and add it again with “Keep the key in a file” ticked.</source>
        <translation>이 컴퓨터에 암호 저장소가 없어 키는 Hearth를 닫을 때까지만 보관됩니다. 보관하려면 {name}을(를) 제거한 뒤 “파일에 키 보관”을 선택하고 다시 추가하세요.</translation>
    </message>
    <message>
        <source>{problem} Nothing was added.</source>
        <translation>{problem} 아무것도 추가되지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to test it.</source>
        <translation>테스트할 컴퓨터를 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>{name} answers.</source>
        <translation>{name}이(가) 응답합니다.</translation>
    </message>
    <message>
        <source>Choose a computer in the list, type its new name above, then Rename.</source>
        <translation>목록에서 컴퓨터를 선택하고 위에 새 이름을 입력한 뒤 이름을 바꾸세요.</translation>
    </message>
    <message>
        <source>{old} is now called {new}.</source>
        <translation>{old}의 이름이 {new}(으)로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Choose a computer in the list to remove it.</source>
        <translation>제거할 컴퓨터를 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Removed {name} and its key.</source>
        <translation>{name}과(와) 키를 제거했습니다.</translation>
    </message>
    <message>
        <source>Adding failed</source>
        <translation>추가 실패</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>Reading your documents…</source>
        <translation>문서 읽는 중…</translation>
    </message>
    <message>
        <source>Using the tool {tool}…</source>
        <translation>{tool} 도구 사용 중…</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>답변 기다리는 중…</translation>
    </message>
    <message>
        <source>Reply stopped.</source>
        <translation>응답이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Reply finished.</source>
        <translation>응답이 완료되었습니다.</translation>
    </message>
    <message>
        <source>No reply: {reason}</source>
        <translation>응답 없음: {reason}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>작성 중…</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Your computer</source>
        <translation>내 컴퓨터</translation>
    </message>
    <message>
        <source>Looking at your computer</source>
        <translation>컴퓨터 확인 중</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>프로세서</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Graphics</source>
        <translation>그래픽</translation>
    </message>
    <message>
        <source>Looking at your computer…</source>
        <translation>컴퓨터 확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>코어 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} free now</source>
        <translation>현재 {size} 사용 가능</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Models run on the processor</source>
        <translation>모델은 프로세서에서 실행됩니다</translation>
    </message>
    <message>
        <source>Finding models that fit…</source>
        <translation>맞는 모델 찾는 중…</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>This computer has no password store, so Hearth keeps your token only until you close it.</source>
        <comment>secrets.no-password-store</comment>
        <translation>이 컴퓨터에는 암호 저장소가 없어 Hearth를 닫을 때까지만 토큰을 보관합니다.</translation>
    </message>
    <message>
        <source>Your token is kept in a file only you can read ({path}), as you chose.</source>
        <comment>secrets.in-key-file</comment>
        <translation>선택한 대로 토큰이 나만 읽을 수 있는 파일({path})에 보관됩니다.</translation>
    </message>
    <message>
        <source>Hearth could not use this computer&apos;s password store, so it keeps your token only until you close it.</source>
        <comment>secrets.store-failed</comment>
        <translation>Hearth가 이 컴퓨터의 암호 저장소를 사용할 수 없어 Hearth를 닫을 때까지만 토큰을 보관합니다.</translation>
    </message>
    <message>
        <source>There is no token. Paste the whole token, which starts with hf_.</source>
        <comment>secrets.no-token</comment>
        <translation>토큰이 없습니다. hf_로 시작하는 토큰 전체를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>That does not look like a Hugging Face token: it has spaces or unusual characters in it. Copy it again from {tokens_page}.</source>
        <comment>secrets.token-malformed</comment>
        <translation>Hugging Face 토큰이 아닌 것 같습니다. 공백이나 특이한 문자가 들어 있습니다. {tokens_page}에서 다시 복사하세요.</translation>
    </message>
    <message>
        <source>Your token is kept in {store}, not in Hearth&apos;s files.</source>
        <comment>secrets.in-store</comment>
        <translation>토큰은 Hearth의 파일이 아니라 {store}에 보관됩니다.</translation>
    </message>
    <message>
        <source>Hearth could not remove your token from this computer&apos;s password store. Try again, or remove the entry “{service}” there yourself.</source>
        <comment>secrets.token-store-problem</comment>
        <translation>Hearth가 이 컴퓨터의 암호 저장소에서 토큰을 제거할 수 없습니다. 다시 시도하거나 암호 저장소에서 “{service}” 항목을 직접 제거하세요.</translation>
    </message>
    <message>
        <source>Offline mode is on, so Hearth did not contact Hugging Face to check the token.</source>
        <comment>secrets.offline-mode</comment>
        <translation>오프라인 모드가 켜져 있어 Hearth가 토큰을 확인하려고 Hugging Face에 연결하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection.</source>
        <comment>secrets.unreachable</comment>
        <translation>{place}에 연결할 수 없어 토큰을 확인하지 못했습니다. 인터넷 연결을 확인하세요.</translation>
    </message>
    <message>
        <source>Could not reach {place} to check the token. Check your internet connection and the mirror address in Settings.</source>
        <comment>secrets.mirror-unreachable</comment>
        <translation>{place}에 연결할 수 없어 토큰을 확인하지 못했습니다. 인터넷 연결과 설정의 미러 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>{place} gave an answer Hearth does not understand.</source>
        <comment>secrets.unreadable-answer</comment>
        <translation>{place}에서 Hearth가 이해할 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>{problem} Nothing was saved.</source>
        <comment>secrets.nothing-saved</comment>
        <translation>{problem} 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Saved, but not checked: {problem}</source>
        <comment>secrets.saved-unchecked</comment>
        <translation>저장했지만 확인하지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>Signed in as {account}.</source>
        <comment>secrets.signed-in</comment>
        <translation>{account}(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>The mirror at {host}</source>
        <comment>secrets.mirror-at-start</comment>
        <translation>{host} 미러</translation>
    </message>
    <message>
        <source>the mirror at {host}</source>
        <comment>secrets.mirror-at</comment>
        <translation>{host} 미러</translation>
    </message>
    <message>
        <source>Hugging Face did not accept this token. Check that you copied all of it, or create a new one at {tokens_page}.</source>
        <comment>secrets.token-refused</comment>
        <translation>Hugging Face가 이 토큰을 받아들이지 않았습니다. 전체를 복사했는지 확인하거나 {tokens_page}에서 새 토큰을 만드세요.</translation>
    </message>
    <message>
        <source>{place} is getting too many token checks right now. Try again in a minute.</source>
        <comment>secrets.too-many-checks</comment>
        <translation>지금 {place}에 토큰 확인 요청이 너무 많습니다. 1분 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{place} answered with an error ({status}) while checking the token. Try again later.</source>
        <comment>secrets.error-answer</comment>
        <translation>토큰을 확인하는 중 {place}에서 오류로 응답했습니다({status}). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>secrets.unknown-status</comment>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source> Port {free} is free: use that one instead.</source>
        <comment>server.port-free</comment>
        <translation> 포트 {free}은(는) 비어 있으니 대신 사용하세요.</translation>
    </message>
    <message>
        <source>Port {port} is already used by another program on this computer.{offer}</source>
        <comment>server.port-taken</comment>
        <translation>포트 {port}은(는) 이 컴퓨터의 다른 프로그램이 이미 사용하고 있습니다.{offer}</translation>
    </message>
    <message>
        <source>Sharing on your network needs an API key, so only programs you give it to can use your models. Create one in Settings › Local server, or set HEARTH_API_KEY.</source>
        <comment>server.key-needed</comment>
        <translation>네트워크에서 공유하려면 API 키가 필요합니다. 그래야 키를 알려 준 프로그램만 모델을 사용할 수 있습니다. 설정 › 로컬 서버에서 키를 만들거나 HEARTH_API_KEY를 설정하세요.</translation>
    </message>
    <message>
        <source>The local server could not start.</source>
        <comment>server.start-failed</comment>
        <translation>로컬 서버를 시작할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>토큰/초</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>로컬 서버</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth&apos;s models (OpenAI-compatible API)</source>
        <translation>이 컴퓨터의 다른 앱이 Hearth의 모델을 사용하도록 허용 (OpenAI 호환 API)</translation>
    </message>
    <message>
        <source>Let other apps use Hearth&apos;s models</source>
        <translation>다른 앱이 Hearth의 모델을 사용하도록 허용</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Unload an unused model after</source>
        <translation>미사용 모델 언로드 대기 시간</translation>
    </message>
    <message>
        <source>Unload an unused model after, in minutes</source>
        <translation>미사용 모델 언로드 대기 시간 (분)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Share on my network (needs the API key)</source>
        <translation>내 네트워크에 공유 (API 키 필요)</translation>
    </message>
    <message>
        <source>Share on my network</source>
        <translation>내 네트워크에 공유</translation>
    </message>
    <message>
        <source>Once shared, every program must send the API key, the apps on this computer too: give it to the ones that use Hearth now, or they stop working.</source>
        <translation>공유하면 이 컴퓨터의 앱을 포함해 모든 프로그램이 API 키를 보내야 합니다. 지금 Hearth를 사용하는 프로그램에 키를 알려 주세요. 그렇지 않으면 작동하지 않습니다.</translation>
    </message>
    <message>
        <source>What sharing changes</source>
        <translation>공유하면 달라지는 점</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API 키 만들기</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>키 복사</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>API 키 복사</translation>
    </message>
    <message>
        <source>Keep the API key in a file only I can read, so it still works after Hearth closes</source>
        <translation>나만 읽을 수 있는 파일에 API 키 보관 (Hearth를 닫은 뒤에도 사용 가능)</translation>
    </message>
    <message>
        <source>Keep the API key in a file</source>
        <translation>파일에 API 키 보관</translation>
    </message>
    <message>
        <source>This computer has no password store, so a new key lasts only until Hearth closes. Ticked, it is saved in {file}, which only your account can read (hearth serve finds it there too).</source>
        <translation>이 컴퓨터에는 암호 저장소가 없어 새 키는 Hearth를 닫을 때까지만 유효합니다. 선택하면 키가 {file}에 저장되며, 이 파일은 내 계정만 읽을 수 있습니다 (hearth serve도 여기서 키를 찾습니다).</translation>
    </message>
    <message>
        <source>Examples for other programs: curl and Python</source>
        <translation>다른 프로그램용 예제: curl 및 Python</translation>
    </message>
    <message>
        <source>Copy snippets</source>
        <translation>예제 복사</translation>
    </message>
    <message>
        <source>Copy the examples</source>
        <translation>예제 복사</translation>
    </message>
    <message>
        <source>What other programs asked:</source>
        <translation>다른 프로그램의 요청:</translation>
    </message>
    <message>
        <source>What other programs asked</source>
        <translation>다른 프로그램의 요청</translation>
    </message>
    <message>
        <source>Other computers reach it at {addresses}</source>
        <translation>다른 컴퓨터에서는 {addresses}(으)로 접속할 수 있습니다</translation>
    </message>
    <message>
        <source>Only programs on this computer can reach it (127.0.0.1).</source>
        <translation>이 컴퓨터의 프로그램만 접속할 수 있습니다 (127.0.0.1).</translation>
    </message>
    <message>
        <source>An API key is set.</source>
        <translation>API 키가 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>No API key yet.</source>
        <translation>아직 API 키가 없습니다.</translation>
    </message>
    <message>
        <source>Your key (shown once): {key}</source>
        <translation>내 키 (한 번만 표시됨): {key}</translation>
    </message>
    <message>
        <source>(Hearth forgets it when it closes: this computer has no password store.)</source>
        <translation>(이 컴퓨터에는 암호 저장소가 없어 Hearth를 닫으면 키를 잊어버립니다.)</translation>
    </message>
    <message>
        <source>Running at {address}</source>
        <translation>{address}에서 실행 중</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Everything in Hearth can be reached with the keyboard. These keys save steps.</source>
        <translation>Hearth의 모든 기능은 키보드로 사용할 수 있습니다. 다음 키를 쓰면 단계를 줄일 수 있습니다.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>기능</translation>
    </message>
</context>
<context>
    <name>SpeechModelPicker</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>음성 모델</translation>
    </message>
    <message>
        <source>No Whisper model on this computer yet.</source>
        <translation>이 컴퓨터에 아직 Whisper 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Find one in Discover</source>
        <translation>탐색에서 찾기</translation>
    </message>
    <message>
        <source>Find a Whisper model in Discover</source>
        <translation>탐색에서 Whisper 모델 찾기</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>This image is no longer saved with the conversation.</source>
        <comment>store.image-gone</comment>
        <translation>이 이미지는 더 이상 대화와 함께 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Hearth cannot read your saved conversations because the file {path} is damaged. It has been left exactly as it was: move it aside to start with an empty list, or restore it from a backup.</source>
        <comment>store.store-damaged</comment>
        <translation>{path} 파일이 손상되어 Hearth가 저장된 대화를 읽을 수 없습니다. 파일은 그대로 두었습니다. 빈 목록으로 시작하려면 파일을 다른 곳으로 옮기고, 아니면 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>The file {path} is not a Hearth conversations file, so Hearth left it alone. Move it elsewhere to start with an empty list.</source>
        <comment>store.not-conversations-file</comment>
        <translation>{path} 파일은 Hearth 대화 파일이 아니므로 Hearth가 건드리지 않았습니다. 빈 목록으로 시작하려면 다른 곳으로 옮기세요.</translation>
    </message>
    <message>
        <source>Your conversations were saved by a newer version of Hearth; update Hearth to open them. The file was left untouched.</source>
        <comment>store.store-too-new</comment>
        <translation>대화가 더 새로운 버전의 Hearth로 저장되었습니다. 열려면 Hearth를 업데이트하세요. 파일은 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>Hearth cannot open your saved conversations at {path}. Check that the folder exists and that you are allowed to write to it.</source>
        <comment>store.store-unavailable</comment>
        <translation>Hearth가 {path}에 저장된 대화를 열 수 없습니다. 폴더가 있는지, 그 폴더에 쓸 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The disk is full, so Hearth could not save your conversation. Free some space and try again.</source>
        <comment>store.store-disk-full</comment>
        <translation>디스크가 가득 차서 Hearth가 대화를 저장할 수 없습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Your conversations are busy in another Hearth window or program; try again in a moment.</source>
        <comment>store.busy</comment>
        <translation>다른 Hearth 창이나 프로그램이 대화를 사용 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Hearth cannot save conversations because {path} is read-only. Check the file&apos;s permissions or free the drive it is on.</source>
        <comment>store.read-only</comment>
        <translation>{path}이(가) 읽기 전용이라 Hearth가 대화를 저장할 수 없습니다. 파일 권한을 확인하거나 파일이 있는 드라이브의 쓰기 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Hearth could not read or save your conversations.</source>
        <comment>store.failed</comment>
        <translation>Hearth가 대화를 읽거나 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>This conversation no longer exists; it may have been deleted in another window.</source>
        <comment>store.conversation-gone</comment>
        <translation>이 대화는 더 이상 없습니다. 다른 창에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>This message no longer exists; it may have been removed in another window.</source>
        <comment>store.message-gone</comment>
        <translation>이 메시지는 더 이상 없습니다. 다른 창에서 제거되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>store.file</comment>
        <translation>파일</translation>
    </message>
    <message>
        <source>Hearth cannot open its {what} {path}.</source>
        <comment>store.cannot-open-file</comment>
        <translation>Hearth가 {what} {path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The {what} is closed.</source>
        <comment>store.file-closed</comment>
        <translation>{what}이(가) 닫혀 있습니다.</translation>
    </message>
</context>
<context>
    <name>SuiteEditor</name>
    <message>
        <source>My suite</source>
        <translation>내 모음</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (내 사본)</translation>
    </message>
    <message>
        <source>Edit the suite “{name}”</source>
        <translation>“{name}” 모음 편집</translation>
    </message>
    <message>
        <source>Edit a copy of “{name}”</source>
        <translation>“{name}” 사본 편집</translation>
    </message>
    <message>
        <source>New suite of checks</source>
        <translation>새 검사 모음</translation>
    </message>
    <message>
        <source>Suite name</source>
        <translation>모음 이름</translation>
    </message>
    <message>
        <source>Prompts of the suite</source>
        <translation>모음의 프롬프트</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>프롬프트 추가</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Duplicate the chosen prompt</source>
        <translation>선택한 프롬프트 복제</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the chosen prompt</source>
        <translation>선택한 프롬프트 제거</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move the chosen prompt up</source>
        <translation>선택한 프롬프트를 위로 이동</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>Move the chosen prompt down</source>
        <translation>선택한 프롬프트를 아래로 이동</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(아직 텍스트 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>케이스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Prompt {number}, row {row}</source>
        <translation>프롬프트 {number}, 행 {row}</translation>
    </message>
    <message>
        <source>Prompt {number}</source>
        <translation>프롬프트 {number}</translation>
    </message>
    <message>
        <source>Give the suite a name: it is how the Checks tab lists it.</source>
        <translation>모음 이름을 지정하세요. 검사 탭에 이 이름으로 표시됩니다.</translation>
    </message>
    <message>
        <source>There is already a suite named “{name}”. Replace it with this one?</source>
        <translation>“{name}” 모음이 이미 있습니다. 이 모음으로 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Replace the suite?</source>
        <translation>모음을 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Throw away the changes?</source>
        <translation>변경 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>The changes to this suite are not saved. Close the editor and throw them away?</source>
        <translation>이 모음의 변경 내용이 저장되지 않았습니다. 편집기를 닫고 변경 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Text, or {{name}} for a value of the table</source>
        <translation>텍스트 또는 표의 값을 나타내는 {{name}}</translation>
    </message>
    <message>
        <source>Texts, separated by commas</source>
        <translation>쉼표로 구분한 텍스트</translation>
    </message>
    <message>
        <source>is exactly</source>
        <translation>다음과 정확히 일치</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>다음을 포함</translation>
    </message>
    <message>
        <source>contains (any case)</source>
        <translation>다음을 포함 (대소문자 무시)</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>다음 중 하나를 포함</translation>
    </message>
    <message>
        <source>contains any of (any case)</source>
        <translation>다음 중 하나를 포함 (대소문자 무시)</translation>
    </message>
    <message>
        <source>contains all of</source>
        <translation>다음을 모두 포함</translation>
    </message>
    <message>
        <source>contains all of (any case)</source>
        <translation>다음을 모두 포함 (대소문자 무시)</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>다음을 포함하지 않음</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>다음으로 시작</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>다음으로 끝남</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>다음 패턴과 일치</translation>
    </message>
    <message>
        <source>A regular expression, such as ^[A-Z]</source>
        <translation>정규식 (예: ^[A-Z])</translation>
    </message>
    <message>
        <source>is JSON</source>
        <translation>JSON 형식임</translation>
    </message>
    <message>
        <source>is JSON matching this schema</source>
        <translation>이 스키마에 맞는 JSON임</translation>
    </message>
    <message>
        <source>A JSON schema, such as {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>JSON 스키마 (예: {&quot;type&quot;: &quot;object&quot;})</translation>
    </message>
    <message>
        <source>contains JSON</source>
        <translation>JSON을 포함</translation>
    </message>
    <message>
        <source>contains JSON matching this schema</source>
        <translation>이 스키마에 맞는 JSON을 포함</translation>
    </message>
    <message>
        <source>has at most N words</source>
        <translation>최대 N단어</translation>
    </message>
    <message>
        <source>has at least N words</source>
        <translation>최소 N단어</translation>
    </message>
    <message>
        <source>has N words (or from N to M)</source>
        <translation>N단어 (또는 N~M단어)</translation>
    </message>
    <message>
        <source>20, or 3–20</source>
        <translation>20 또는 3–20</translation>
    </message>
    <message>
        <source>calls the tool</source>
        <translation>다음 도구를 호출</translation>
    </message>
    <message>
        <source>The tool&apos;s name, then its arguments as JSON if you want: f {&quot;x&quot;: 1}</source>
        <translation>도구 이름, 필요하면 이어서 인수를 JSON으로: f {&quot;x&quot;: 1}</translation>
    </message>
    <message>
        <source>calls only offered tools, with valid arguments</source>
        <translation>제공된 도구만 유효한 인수로 호출</translation>
    </message>
    <message>
        <source>answers within N s</source>
        <translation>N초 이내에 응답</translation>
    </message>
    <message>
        <source>Seconds, such as 2.5</source>
        <translation>초 (예: 2.5)</translation>
    </message>
    <message>
        <source>as fast as N tokens/s</source>
        <translation>N 토큰/초 이상의 속도</translation>
    </message>
    <message>
        <source>is written in language</source>
        <translation>다음 언어로 작성됨</translation>
    </message>
    <message>
        <source>A language, such as French or fr</source>
        <translation>언어 (예: French 또는 fr)</translation>
    </message>
    <message>
        <source>ends because of</source>
        <translation>다음 이유로 종료</translation>
    </message>
    <message>
        <source>stop, length or tool_calls</source>
        <translation>stop, length 또는 tool_calls</translation>
    </message>
    <message>
        <source>similar to this answer (optional)</source>
        <translation>이 답변과 유사 (선택 사항)</translation>
    </message>
    <message>
        <source>The answer a reply should resemble</source>
        <translation>응답이 닮아야 할 답변</translation>
    </message>
    <message>
        <source>a judge model grades it against this rubric (optional)</source>
        <translation>심사 모델이 이 기준으로 채점 (선택 사항)</translation>
    </message>
    <message>
        <source>What a good reply does, in plain words</source>
        <translation>좋은 응답이 하는 일을 쉬운 말로</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <source>Picture {name}</source>
        <translation>이미지 {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Do not send {name}</source>
        <translation>{name} 보내지 않기</translation>
    </message>
</context>
<context>
    <name>TokenSettings</name>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face 토큰</translation>
    </message>
    <message>
        <source>Some models ask you to accept their licence on Hugging Face before you can download them. With a token, Hearth can download those for you. A “Read” token is enough: &lt;a href=&quot;{url}&quot;&gt;create one on huggingface.co&lt;/a&gt;.</source>
        <translation>일부 모델은 다운로드하기 전에 Hugging Face에서 라이선스에 동의해야 합니다. 토큰이 있으면 Hearth가 대신 다운로드할 수 있습니다. “Read” 토큰이면 충분합니다: &lt;a href=&quot;{url}&quot;&gt;huggingface.co에서 만들기&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Paste your token here (it starts with hf_)</source>
        <translation>여기에 토큰을 붙여 넣으세요 (hf_로 시작)</translation>
    </message>
    <message>
        <source>Save and test</source>
        <translation>저장 및 테스트</translation>
    </message>
    <message>
        <source>Save and test the token</source>
        <translation>토큰 저장 및 테스트</translation>
    </message>
    <message>
        <source>Keep the token and check it with Hugging Face</source>
        <translation>토큰을 보관하고 Hugging Face에서 확인합니다</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>토큰 제거</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>저장된 토큰 지우기</translation>
    </message>
    <message>
        <source>Keep the token in a file only I can read, so Hearth still has it after it closes</source>
        <translation>나만 읽을 수 있는 파일에 토큰 보관 (Hearth를 닫은 뒤에도 유지)</translation>
    </message>
    <message>
        <source>Keep the token in a file</source>
        <translation>파일에 토큰 보관</translation>
    </message>
    <message>
        <source>Ticked, the token is saved in {file}, which only your account can read; anyone who can read your files (an administrator, a backup) could read it too.</source>
        <translation>선택하면 토큰이 {file}에 저장되며, 이 파일은 내 계정만 읽을 수 있습니다. 단, 내 파일을 읽을 수 있는 사람(관리자, 백업)은 이 토큰도 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>저장된 토큰 찾는 중…</translation>
    </message>
    <message>
        <source>A token is saved.</source>
        <translation>토큰이 저장되어 있습니다.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>저장된 토큰이 없습니다.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>토큰 저장 중…</translation>
    </message>
    <message>
        <source>Checking the token with Hugging Face…</source>
        <translation>Hugging Face에서 토큰 확인 중…</translation>
    </message>
    <message>
        <source>Hearth will forget it when it closes, because this computer has no password store. To keep it, tick “Keep the token in a file” and save it again.</source>
        <translation>이 컴퓨터에는 암호 저장소가 없어 Hearth를 닫으면 토큰을 잊어버립니다. 보관하려면 “파일에 토큰 보관”을 선택하고 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>토큰이 제거되었습니다.</translation>
    </message>
</context>
<context>
    <name>ToolCallCard</name>
    <message>
        <source>Deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>한 번 허용</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>이 도구는 항상 허용</translation>
    </message>
    <message>
        <source>Always for this server</source>
        <translation>이 서버는 항상 허용</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>The model wants to run this tool. Allow it?</source>
        <translation>모델이 이 도구를 실행하려고 합니다. 허용하시겠습니까?</translation>
    </message>
    <message>
        <source>This tool changed since you allowed it always:</source>
        <translation>항상 허용한 뒤 이 도구가 변경되었습니다:</translation>
    </message>
    <message>
        <source>Tool call: {tool} on {server}</source>
        <translation>도구 호출: {server}의 {tool}</translation>
    </message>
    <message>
        <source>Tool call: {tool}</source>
        <translation>도구 호출: {tool}</translation>
    </message>
    <message>
        <source>Arguments of the call to {tool}</source>
        <translation>{tool} 호출 인수</translation>
    </message>
    <message>
        <source>Deny: {tool}</source>
        <translation>거부: {tool}</translation>
    </message>
    <message>
        <source>Allow once: {tool}</source>
        <translation>한 번 허용: {tool}</translation>
    </message>
    <message>
        <source>Always for this tool: {tool}</source>
        <translation>이 도구는 항상 허용: {tool}</translation>
    </message>
    <message>
        <source>Always for this server: {tool}</source>
        <translation>이 서버는 항상 허용: {tool}</translation>
    </message>
    <message>
        <source>Show the result of {tool}</source>
        <translation>{tool} 결과 보기</translation>
    </message>
    <message>
        <source>Result of the call to {tool}</source>
        <translation>{tool} 호출 결과</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Done in {seconds} s</source>
        <translation>{seconds}초 만에 완료</translation>
    </message>
</context>
<context>
    <name>ToolServerDialog</name>
    <message>
        <source>Edit tool server</source>
        <translation>도구 서버 편집</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>도구 서버 추가</translation>
    </message>
    <message>
        <source>A program on this computer</source>
        <translation>이 컴퓨터의 프로그램</translation>
    </message>
    <message>
        <source>A server at an address</source>
        <translation>주소로 연결하는 서버</translation>
    </message>
    <message>
        <source>e.g. npx -y @modelcontextprotocol/server-filesystem ~/Notes</source>
        <translation>예: npx -y @modelcontextprotocol/server-filesystem ~/Notes</translation>
    </message>
    <message>
        <source>One per line: NAME=value</source>
        <translation>한 줄에 하나씩: NAME=value</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8000/mcp</source>
        <translation>예: http://127.0.0.1:8000/mcp</translation>
    </message>
    <message>
        <source>One per line: Name=value</source>
        <translation>한 줄에 하나씩: Name=value</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Folder (optional)</source>
        <translation>폴더 (선택 사항)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>A program gets only a few of Hearth&apos;s environment variables (HOME, PATH, LANG…) and the ones written here. Values whose names look secret (API_KEY, TOKEN, Authorization…) are kept in the password store, not in mcp.json; ${keyring} stands for one kept there. Every call a model makes asks you first.</source>
        <translation>프로그램은 Hearth의 환경 변수 중 일부(HOME, PATH, LANG…)와 여기에 쓴 변수만 받습니다. 이름이 비밀처럼 보이는 값(API_KEY, TOKEN, Authorization…)은 mcp.json이 아닌 암호 저장소에 보관되며, ${keyring}은 그곳에 보관된 값을 나타냅니다. 모델이 호출할 때마다 먼저 사용자에게 묻습니다.</translation>
    </message>
    <message>
        <source>“{line}” is not a header: write NAME=value.</source>
        <translation>“{line}”은(는) 헤더가 아닙니다. NAME=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>“{line}” is not an environment variable: write NAME=value.</source>
        <translation>“{line}”은(는) 환경 변수가 아닙니다. NAME=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>서버 이름</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>작업 폴더</translation>
    </message>
    <message>
        <source>Environment variables, one per line</source>
        <translation>환경 변수 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>Headers, one per line</source>
        <translation>헤더 (한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, starting with http:// or https://.</source>
        <translation>http:// 또는 https://로 시작하는 서버 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>The command has an unclosed quote.</source>
        <translation>명령에 닫히지 않은 따옴표가 있습니다.</translation>
    </message>
    <message>
        <source>Write the command that starts the server, e.g. uvx mcp-server-time.</source>
        <translation>서버를 시작하는 명령을 쓰세요 (예: uvx mcp-server-time).</translation>
    </message>
</context>
<context>
    <name>ToolServersState</name>
    <message>
        <source>{file} lists no tool servers.</source>
        <translation>{file}에 도구 서버가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ToolTurn</name>
    <message>
        <source>Switch some off with the Tools button.</source>
        <translation>도구 버튼으로 일부를 끌 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ToolUse</name>
    <message>
        <source>it is not valid JSON ({problem})</source>
        <comment>tool_use.approvals-not-json</comment>
        <translation>올바른 JSON이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>The remembered tool approvals could not be used: {problem}. The file was kept as {aside}; tool calls ask again until new answers are remembered.</source>
        <comment>tool_use.approvals-damaged</comment>
        <translation>기억된 도구 허용 기록을 사용할 수 없습니다: {problem}. 파일은 {aside}(으)로 보관했습니다. 새 응답이 기억될 때까지 도구 호출마다 다시 묻습니다.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <comment>tool_use.approvals-not-object</comment>
        <translation>JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>it has no “servers” object</source>
        <comment>tool_use.approvals-no-servers</comment>
        <translation>“servers” 객체가 없습니다</translation>
    </message>
    <message>
        <source>the answers for “{identity}” are not an object</source>
        <comment>tool_use.approvals-bad-server</comment>
        <translation>“{identity}”에 대한 응답이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>about </source>
        <comment>tool_use.about</comment>
        <translation>약 </translation>
    </message>
    <message>
        <source>The tools offered would take {about}{total:,} tokens of the model&apos;s {context:,}-token context, more than a quarter, leaving less room for the conversation.</source>
        <comment>tool_use.tools-too-big</comment>
        <translation>제공된 도구가 모델의 컨텍스트 {context:,} 토큰 중 {about}{total:,} 토큰을 차지합니다. 4분의 1이 넘어 대화에 쓸 공간이 줄어듭니다.</translation>
    </message>
    <message>
        <source>{said} Switching off {listed} would help most.</source>
        <comment>tool_use.switch-off-servers</comment>
        <translation>{said} {listed}을(를) 끄면 가장 도움이 됩니다.</translation>
    </message>
    <message>
        <source>{said} Switching off some tools of {server}, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools-of</comment>
        <translation>{said} {server}의 도구 일부를 큰 것부터 끄면 도움이 됩니다({listed}).</translation>
    </message>
    <message>
        <source>{said} Switching off some tools, the biggest first — {listed} — would help.</source>
        <comment>tool_use.switch-off-tools</comment>
        <translation>{said} 도구 일부를 큰 것부터 끄면 도움이 됩니다({listed}).</translation>
    </message>
    <message>
        <source>{name} ({about}{tokens:,} tokens)</source>
        <comment>tool_use.listed-size</comment>
        <translation>{name}({about}{tokens:,} 토큰)</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <comment>tool_use.list-and</comment>
        <translation>{first} 및 {last}</translation>
    </message>
    <message>
        <source>The tokenizer of {name} could not be read, so the tools&apos; sizes cannot be counted with it. Check that the file is a complete GGUF model.</source>
        <comment>tool_use.tokenizer-unreadable</comment>
        <translation>{name}의 토크나이저를 읽을 수 없어 도구 크기를 셀 수 없습니다. 파일이 완전한 GGUF 모델인지 확인하세요.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search has no tool called “{tool}”; it has only “{known}”.</source>
        <comment>tool_use.search-unknown-tool</comment>
        <translation>Hearth의 문서 검색에는 “{tool}”(이)라는 도구가 없습니다. “{known}”만 있습니다.</translation>
    </message>
    <message>
        <source>{tool} needs a query: a question or a few words to look for.</source>
        <comment>tool_use.search-needs-query</comment>
        <translation>{tool}에는 검색어가 필요합니다. 질문이나 찾을 단어 몇 개를 입력하세요.</translation>
    </message>
    <message>
        <source>There is no document collection called “{collection}” any more, so nothing was searched.</source>
        <comment>tool_use.search-collection-gone</comment>
        <translation>“{collection}”(이)라는 문서 컬렉션이 더 이상 없어 아무것도 검색하지 않았습니다.</translation>
    </message>
    <message>
        <source>The collection “{collection}” has no documents read into it yet, so there is nothing to search: add documents to it on the Documents page (or with `hearth docs add`).</source>
        <comment>tool_use.search-empty-collection</comment>
        <translation>“{collection}” 컬렉션에 아직 읽어 들인 문서가 없어 검색할 내용이 없습니다. 문서 페이지(또는 `hearth docs add`)에서 문서를 추가하세요.</translation>
    </message>
    <message>
        <source>The collection “{collection}” was indexed with another embedding model than the one it is set to use now, so it cannot be searched until it is indexed again on the Documents page.</source>
        <comment>tool_use.search-needs-reindex</comment>
        <translation>“{collection}” 컬렉션은 지금 사용하도록 설정된 것과 다른 임베딩 모델로 색인되었으므로, 문서 페이지에서 다시 색인할 때까지 검색할 수 없습니다.</translation>
    </message>
    <message>
        <source>Hearth&apos;s document search did not answer within {timeout_s:g} seconds (its embedding model was busy or still loading), so Hearth stopped waiting. It can be asked again.</source>
        <comment>tool_use.search-timed-out</comment>
        <translation>Hearth의 문서 검색이 {timeout_s:g}초 안에 응답하지 않아(임베딩 모델이 사용 중이거나 아직 로드 중) Hearth가 기다리기를 멈췄습니다. 다시 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>The tool call the model had to write was cut off by the reply&apos;s token limit, so nothing ran; allow longer replies.</source>
        <comment>tool_use.forced-call-cut-off</comment>
        <translation>모델이 작성해야 했던 도구 호출이 응답의 토큰 한도에서 잘려 아무것도 실행되지 않았습니다. 더 긴 응답을 허용하세요.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} round of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-round</comment>
        <translation>도구 호출을 {count}회 주고받은 뒤에도 모델이 도구를 더 요청해 Hearth가 거기서 멈췄습니다.</translation>
    </message>
    <message>
        <source>The model asked for more tools after {count} rounds of tool calls; Hearth stopped there.</source>
        <comment>tool_use.stopped-after-rounds</comment>
        <translation>도구 호출을 {count}회 주고받은 뒤에도 모델이 도구를 더 요청해 Hearth가 거기서 멈췄습니다.</translation>
    </message>
    <message>
        <source>The model asked again for {tool} with the same arguments; Hearth stopped there rather than run the same call twice.</source>
        <comment>tool_use.stopped-repeated-call</comment>
        <translation>모델이 같은 인수로 {tool}을(를) 다시 요청했습니다. Hearth는 같은 호출을 두 번 실행하지 않고 거기서 멈췄습니다.</translation>
    </message>
    <message>
        <source>The model still wrote tool calls that cannot run after {tries} tries to correct them; Hearth stopped there.</source>
        <comment>tool_use.stopped-unrepaired</comment>
        <translation>{tries}번 수정을 시도한 뒤에도 모델이 실행할 수 없는 도구 호출을 작성해 Hearth가 거기서 멈췄습니다.</translation>
    </message>
    <message>
        <source>There is no tool server called “{name}” in this conversation.</source>
        <comment>tool_use.server-not-in-conversation</comment>
        <translation>이 대화에는 “{name}”(이)라는 도구 서버가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ToolsButton</name>
    <message>
        <source>Let the model use tools: tool servers (MCP) chosen for this conversation</source>
        <translation>모델이 도구를 사용하도록 허용: 이 대화에 선택한 도구 서버(MCP)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Tools ({count})</source>
        <translation>도구 ({count})</translation>
    </message>
    <message>
        <source>Tools: none on</source>
        <translation>도구: 켜진 것 없음</translation>
    </message>
    <message numerus="yes">
        <source>Tools: %n servers on</source>
        <translation>
            <numerusform>도구: 서버 %n개 켜짐</numerusform>
        </translation>
    </message>
    <message>
        <source>No tool servers yet</source>
        <translation>아직 도구 서버 없음</translation>
    </message>
    <message>
        <source>Search my documents</source>
        <translation>내 문서 검색</translation>
    </message>
    <message>
        <source>The model searches this conversation&apos;s collection when it decides to, and shows its sources</source>
        <translation>모델이 필요하다고 판단하면 이 대화의 컬렉션을 검색하고 출처를 보여 줍니다</translation>
    </message>
    <message>
        <source>Choose a collection to answer from first</source>
        <translation>먼저 답변에 사용할 컬렉션을 선택하세요</translation>
    </message>
    <message>
        <source>Make the model call a tool first</source>
        <translation>모델이 먼저 도구를 호출하게 하기</translation>
    </message>
    <message>
        <source>Each reply begins with a call to one of the chosen tools</source>
        <translation>모든 응답이 선택한 도구 중 하나를 호출하는 것으로 시작합니다</translation>
    </message>
    <message>
        <source>Start the servers to see their tools</source>
        <translation>서버를 시작하면 도구를 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Manage tools…</source>
        <translation>도구 관리…</translation>
    </message>
</context>
<context>
    <name>ToolsSettings</name>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Tool servers (MCP) let a model read a folder, check the time or search the web, as in Claude Desktop or LM Studio. Turn them on per conversation with the Tools button in Chat; every call asks you first.</source>
        <translation>도구 서버(MCP)를 사용하면 Claude Desktop이나 LM Studio처럼 모델이 폴더를 읽거나, 시간을 확인하거나, 웹을 검색할 수 있습니다. 채팅의 도구 버튼으로 대화마다 켜세요. 호출할 때마다 먼저 사용자에게 묻습니다.</translation>
    </message>
    <message>
        <source>Server or tool</source>
        <translation>서버 또는 도구</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Tool servers and their tools</source>
        <translation>도구 서버와 도구</translation>
    </message>
    <message>
        <source>Space turns the chosen tool on or off</source>
        <translation>Space 키로 선택한 도구를 켜거나 끕니다</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>도구 서버 추가</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit the chosen tool server</source>
        <translation>선택한 도구 서버 편집</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the chosen tool server</source>
        <translation>선택한 도구 서버 제거</translation>
    </message>
    <message>
        <source>Start and list tools</source>
        <translation>시작하고 도구 표시</translation>
    </message>
    <message>
        <source>≈{count} tokens</source>
        <translation>≈{count} 토큰</translation>
    </message>
    <message>
        <source>Remove the tool server “{name}”? Its tools stop being offered to models.</source>
        <translation>“{name}” 도구 서버를 제거하시겠습니까? 이 서버의 도구가 더 이상 모델에 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>From {app}</source>
        <translation>{app}에서</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Forget approvals</source>
        <translation>허용 기록 지우기</translation>
    </message>
    <message>
        <source>Every tool asks again before its next call</source>
        <translation>모든 도구가 다음 호출 전에 다시 묻습니다</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message numerus="yes">
        <source>Running · %n tool(s)</source>
        <translation>
            <numerusform>실행 중 · 도구 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>시작할 수 없음</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>아직 시작 안 됨</translation>
    </message>
    <message>
        <source>Remove tool server</source>
        <translation>도구 서버 제거</translation>
    </message>
    <message>
        <source>Every tool call will ask you again before it runs.</source>
        <translation>모든 도구 호출이 실행 전에 다시 묻습니다.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>파일에서…</translation>
    </message>
    <message>
        <source>Import tool servers</source>
        <translation>도구 서버 가져오기</translation>
    </message>
</context>
<context>
    <name>TranscribeOptionsPanel</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Language of the recording</source>
        <translation>녹음 언어</translation>
    </message>
    <message>
        <source>Detect the language</source>
        <translation>언어 자동 감지</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Write down what is said</source>
        <translation>말한 내용 받아쓰기</translation>
    </message>
    <message>
        <source>Translate it to English</source>
        <translation>영어로 번역</translation>
    </message>
    <message>
        <source>Skip silence and noise (fewer invented sentences)</source>
        <translation>무음과 잡음 건너뛰기 (지어낸 문장 감소)</translation>
    </message>
    <message>
        <source>Time every word (tighter subtitles, a little slower)</source>
        <translation>단어마다 시간 표시 (자막이 더 정확하지만 조금 느림)</translation>
    </message>
    <message>
        <source>Fast mode (several parts at once; subtitle times are approximate without word times)</source>
        <translation>빠른 모드 (여러 부분을 동시에 처리, 단어 시간이 없으면 자막 시간은 대략적)</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>어휘</translation>
    </message>
    <message>
        <source>Names and terms to spell right, e.g. “Hearth, Whisper, Ana Lopes” (optional)</source>
        <translation>정확히 적어야 할 이름과 용어 (예: “Hearth, Whisper, Ana Lopes”) (선택 사항)</translation>
    </message>
    <message>
        <source>Vocabulary: names and terms to spell right</source>
        <translation>어휘: 정확히 적어야 할 이름과 용어</translation>
    </message>
    <message>
        <source>Beam size</source>
        <translation>빔 크기</translation>
    </message>
    <message>
        <source>How many guesses Whisper weighs at each step: more is a little better and slower</source>
        <translation>Whisper가 각 단계에서 비교하는 후보 수: 많을수록 조금 더 정확하지만 느립니다</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <source>{formats} and {last}</source>
        <translation>{formats} 및 {last}</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} in {folder}, never over a file of yours.</source>
        <translation>각 녹취록은 {folder}에 {formats}(으)로 자동 저장되며, 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Each transcript is saved automatically as {formats} next to its recording, never over a file of yours.</source>
        <translation>각 녹취록은 녹음 옆에 {formats}(으)로 자동 저장되며, 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Transcribe</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <source>Recordings and videos become transcripts and subtitles on this computer. Nothing is uploaded.</source>
        <translation>녹음과 동영상을 이 컴퓨터에서 녹취록과 자막으로 만듭니다. 아무것도 업로드되지 않습니다.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Transcription options</source>
        <translation>받아쓰기 옵션</translation>
    </message>
    <message>
        <source>Where transcripts are saved</source>
        <translation>녹취록 저장 위치</translation>
    </message>
    <message>
        <source>The folder and the formats are in Settings, under Transcripts</source>
        <translation>폴더와 형식은 설정의 녹취록에 있습니다</translation>
    </message>
    <message>
        <source>No recordings were found in what was dropped.</source>
        <translation>끌어다 놓은 항목에서 녹음을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>The transcript of {name} is ready.</source>
        <translation>{name}의 녹취록이 준비되었습니다.</translation>
    </message>
    <message>
        <source>Transcribing {name} failed: {reason}</source>
        <translation>{name} 받아쓰기에 실패했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>TranscriptPanel</name>
    <message>
        <source>Summarize this</source>
        <translation>요약하기</translation>
    </message>
    <message>
        <source>List the action items, with who does what</source>
        <translation>누가 무엇을 할지 포함해 할 일 목록 만들기</translation>
    </message>
    <message>
        <source>Ask my own question</source>
        <translation>직접 질문하기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>녹취록 전체 복사</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Save the transcript as</source>
        <translation>녹취록을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Show the transcript&apos;s folder</source>
        <translation>녹취록 폴더 보기</translation>
    </message>
    <message>
        <source>Send to chat</source>
        <translation>채팅으로 보내기</translation>
    </message>
    <message>
        <source>Send the transcript to the chat</source>
        <translation>녹취록을 채팅으로 보내기</translation>
    </message>
    <message>
        <source>Drop a recording to begin; its transcript shows here when it is done.</source>
        <translation>녹음을 끌어다 놓아 시작하세요. 완료되면 여기에 녹취록이 표시됩니다.</translation>
    </message>
    <message>
        <source>No transcript yet.</source>
        <translation>아직 녹취록이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines</source>
        <translation>
            <numerusform>%n줄</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as {files} in {folder}.</source>
        <translation>{folder}에 {files}(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Save the transcript as {format}</source>
        <translation>녹취록을 {format}(으)로 저장</translation>
    </message>
    <message>
        <source>The transcript could not be saved there</source>
        <translation>녹취록을 그 위치에 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved {file} in {folder}.</source>
        <translation>{folder}에 {file}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Transcript: {name}</source>
        <translation>녹취록: {name}</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Search the transcript</source>
        <translation>녹취록 검색</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Text (double-click to edit)</source>
        <translation>텍스트 (두 번 클릭하여 편집)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>One line per timed segment; F2 or a double-click edits its text</source>
        <translation>시간이 표시된 구간마다 한 줄. F2를 누르거나 두 번 클릭하면 텍스트를 편집합니다</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n lines</source>
        <translation>
            <numerusform>%n줄 중 {shown}줄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transcription</name>
    <message>
        <source>Waiting to start…</source>
        <comment>transcription.waiting</comment>
        <translation>시작 대기 중…</translation>
    </message>
    <message>
        <source>The folder chosen for transcripts could not be written, so they are in {folder}.</source>
        <comment>transcription.fallback-folder</comment>
        <translation>녹취록용으로 선택한 폴더에 쓸 수 없어 녹취록을 {folder}에 저장했습니다.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder}: {problem}.</source>
        <comment>transcription.transcript-not-saved-in-folder</comment>
        <translation>녹취록을 {folder}에 저장할 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>The transcript could not be saved in {folder} nor in {fallback}: {problem}.</source>
        <comment>transcription.transcript-not-saved</comment>
        <translation>녹취록을 {folder}에도 {fallback}에도 저장할 수 없습니다: {problem}.</translation>
    </message>
</context>
<context>
    <name>TranscriptionQueueList</name>
    <message>
        <source>Transcription queue</source>
        <translation>받아쓰기 대기열</translation>
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
        <translation>녹취록</translation>
    </message>
    <message>
        <source>A file already there is never replaced: the new one gets a number, like “talk (2).srt”.</source>
        <translation>이미 있는 파일은 절대 바꾸지 않습니다. 새 파일에는 “talk (2).srt”처럼 번호가 붙습니다.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>Choose a folder for transcripts</source>
        <translation>녹취록 폴더 선택</translation>
    </message>
    <message>
        <source>Next to each recording</source>
        <translation>각 녹음 옆</translation>
    </message>
    <message>
        <source>Save transcripts next to each recording</source>
        <translation>녹취록을 각 녹음 옆에 저장</translation>
    </message>
    <message>
        <source>Save automatically as</source>
        <translation>자동 저장 형식</translation>
    </message>
    <message>
        <source>Save automatically as {format}</source>
        <translation>{format}(으)로 자동 저장</translation>
    </message>
    <message>
        <source>Choose where transcripts are saved</source>
        <translation>녹취록 저장 위치 선택</translation>
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
        <translation>프롬프트 변수 값, 행마다 케이스 하나</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>행 제거</translation>
    </message>
    <message>
        <source>Remove the chosen row</source>
        <translation>선택한 행 제거</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>행 붙여 넣기</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: one case a line, values apart by tabs</source>
        <translation>스프레드시트에서 복사한 행: 한 줄에 케이스 하나, 값은 탭으로 구분</translation>
    </message>
    <message>
        <source>Values: one case per row</source>
        <translation>값: 행마다 케이스 하나</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Hearth&apos;s language; Settings can change it later</source>
        <translation>Hearth의 언어. 나중에 설정에서 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Hearth에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Hearth runs open AI models on this computer. Nothing you type, show or say leaves it, and once a model is here it works offline.</source>
        <translation>Hearth는 이 컴퓨터에서 공개 AI 모델을 실행합니다. 입력하거나 보여 주거나 말한 어떤 것도 이 컴퓨터를 벗어나지 않으며, 모델을 받은 뒤에는 오프라인에서도 작동합니다.</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>어떻게 시작하시겠습니까?</translation>
    </message>
    <message>
        <source>Find a model for this computer</source>
        <translation>이 컴퓨터에 맞는 모델 찾기</translation>
    </message>
    <message>
        <source>Hearth looks at your hardware and suggests three chat models that run well on it.</source>
        <translation>Hearth가 하드웨어를 살펴보고 잘 실행되는 채팅 모델 세 개를 추천합니다.</translation>
    </message>
    <message>
        <source>I already have models</source>
        <translation>이미 모델이 있습니다</translation>
    </message>
    <message>
        <source>Add GGUF files you have, or use the ones found from LM Studio, Ollama or the Hugging Face cache.</source>
        <translation>가지고 있는 GGUF 파일을 추가하거나 LM Studio, Ollama, Hugging Face 캐시에서 찾은 파일을 사용합니다.</translation>
    </message>
    <message>
        <source>Transcribe a file</source>
        <translation>파일 받아쓰기</translation>
    </message>
    <message>
        <source>Turn a recording or a video into text and subtitles, made on this computer.</source>
        <translation>녹음이나 동영상을 이 컴퓨터에서 텍스트와 자막으로 만듭니다.</translation>
    </message>
</context>
</TS>
