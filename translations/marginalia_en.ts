<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Marginalia::Cli::CommandLine</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused, each named above with the reason.</source>
        <translation>
            <numerusform>%n file refused, each named above with the reason.</numerusform>
            <numerusform>%n files refused, each named above with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders skipped, of types Marginalia does not import (%1%2).</source>
        <translation>
            <numerusform>%n file in the folders skipped, of types Marginalia does not import (%1%2).</numerusform>
            <numerusform>%n files in the folders skipped, of types Marginalia does not import (%1%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; in &quot;%2&quot; by %3</source>
        <translation>
            <numerusform>%n coding made: &quot;%1&quot; in &quot;%2&quot; by %3</numerusform>
            <numerusform>%n codings made: &quot;%1&quot; in &quot;%2&quot; by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; by %2</source>
        <translation>
            <numerusform>%n coding made: &quot;%1&quot; by %2</numerusform>
            <numerusform>%n codings made: &quot;%1&quot; by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n code(s), </source>
        <translation>
            <numerusform>wrote %1: %n code, </numerusform>
            <numerusform>wrote %1: %n codes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, agreement of %n coder(s)</source>
        <translation>
            <numerusform>, agreement of %n coder</numerusform>
            <numerusform>, agreement of %n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::PdfReader</name>
    <message numerus="yes">
        <source>%1: %n page(s) without text (%2): scanned images? They are empty in the document.</source>
        <translation>
            <numerusform>%1: %n page without text (%2): scanned images? They are empty in the document.</numerusform>
            <numerusform>%1: %n pages without text (%2): scanned images? They are empty in the document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectReport</name>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>Other code (%n)</numerusform>
            <numerusform>Other codes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coders (%n): %1</source>
        <translation>
            <numerusform>Coder (%n): %1</numerusform>
            <numerusform>Coders (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>Scope: %1 of the project&apos;s %n document.</numerusform>
            <numerusform>Scope: %1 of the project&apos;s %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s), its subcodes&apos; included</source>
        <translation>
            <numerusform>%n excerpt, its subcodes&apos; included</numerusform>
            <numerusform>%n excerpts, its subcodes&apos; included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1; %2 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>Scope: %1; %2 of the project&apos;s %n document.</numerusform>
            <numerusform>Scope: %1; %2 of the project&apos;s %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQdaReport</name>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code added</numerusform>
            <numerusform>%n codes added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched (%1 by GUID, %2 by path)</source>
        <translation>
            <numerusform>%n matched (%1 by GUID, %2 by path)</numerusform>
            <numerusform>%n matched (%1 by GUID, %2 by path)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them updated</source>
        <translation>
            <numerusform>%n of them updated</numerusform>
            <numerusform>%n of them updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributesPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 of %n document</numerusform>
            <numerusform>%1 of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the attribute &quot;%1&quot; and its values of %n document(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Remove the attribute &quot;%1&quot; and its values of %n document? Undo brings them back.</numerusform>
            <numerusform>Remove the attribute &quot;%1&quot; and its values of %n documents? Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of the %n selected document(s):</source>
        <translation>
            <numerusform>Name of the set of the %n selected document:</numerusform>
            <numerusform>Name of the set of the %n selected documents:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of documents where %1 (%n now):</source>
        <translation>
            <numerusform>Name of the set of documents where %1 (%n now):</numerusform>
            <numerusform>Name of the set of documents where %1 (%n now):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CasesPanel</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) or passage(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n document or passage in &quot;%1&quot;:</numerusform>
            <numerusform>%n documents or passages in &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the case &quot;%1&quot; with its values and its %n document(s) or passage(s)? The documents stay; undo brings the case back.</source>
        <translation>
            <numerusform>Remove the case &quot;%1&quot; with its values and its %n document or passage? The documents stay; undo brings the case back.</numerusform>
            <numerusform>Remove the case &quot;%1&quot; with its values and its %n documents or passages? The documents stay; undo brings the case back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the case attribute &quot;%1&quot; and its values of %n case(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Remove the case attribute &quot;%1&quot; and its values of %n case? Undo brings them back.</numerusform>
            <numerusform>Remove the case attribute &quot;%1&quot; and its values of %n cases? Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::Commands</name>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import %n document</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to set &quot;%1&quot;</source>
        <translation>
            <numerusform>Add %n document to set &quot;%1&quot;</numerusform>
            <numerusform>Add %n documents to set &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to code set &quot;%1&quot;</source>
        <translation>
            <numerusform>Add %n code to code set &quot;%1&quot;</numerusform>
            <numerusform>Add %n codes to code set &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentImport</name>
    <message numerus="yes">
        <source>Import cancelled after %1 of %n file(s): the %1 finished are kept.</source>
        <translation>
            <numerusform>Import cancelled after %1 of %n file: the %1 finished are kept.</numerusform>
            <numerusform>Import cancelled after %1 of %n files: the %1 finished are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 of %n file imported.</numerusform>
            <numerusform>%1 of %n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n file refused.</numerusform>
            <numerusform>%n files refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders are not documents and were left out.</source>
        <translation>
            <numerusform>%n file in the folders is not a document and was left out.</numerusform>
            <numerusform>%n files in the folders are not documents and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentListModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentScopeBar</name>
    <message numerus="yes">
        <source>%1: %n listed document(s)</source>
        <translation>
            <numerusform>%1: %n listed document</numerusform>
            <numerusform>%1: %n listed documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 of %n document</numerusform>
            <numerusform>%1 of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in scope</source>
        <translation>
            <numerusform>%n document in scope</numerusform>
            <numerusform>%n documents in scope</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExcerptModel</name>
    <message numerus="yes">
        <source>(%n more characters)</source>
        <translation>
            <numerusform>(%n more character)</numerusform>
            <numerusform>(%n more characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyChart</name>
    <message numerus="yes">
        <source>Other (%n codes)</source>
        <translation>
            <numerusform>Other (%n code)</numerusform>
            <numerusform>Other (%n codes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>Other codes (%n)</numerusform>
            <numerusform>Other codes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed with it.</source>
        <translation>
            <numerusform>%n coding will be removed with it.</numerusform>
            <numerusform>%n codings will be removed with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) go with it. </source>
        <translation>
            <numerusform>Its %n subcode goes with it. </numerusform>
            <numerusform>Its %n subcodes go with it. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed.</source>
        <translation>
            <numerusform>%n coding will be removed.</numerusform>
            <numerusform>%n codings will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the attributes of %n document(s)</source>
        <translation>
            <numerusform>Imported the attributes of %n document</numerusform>
            <numerusform>Imported the attributes of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n document(s) or passage(s) out of case &quot;%1&quot;</source>
        <translation>
            <numerusform>Take %n document or passage out of case &quot;%1&quot;</numerusform>
            <numerusform>Take %n documents or passages out of case &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to code: %1 already has &quot;%2&quot; on all %n hit(s).</source>
        <translation>
            <numerusform>Nothing to code: %1 already has &quot;%2&quot; on all %n hit.</numerusform>
            <numerusform>Nothing to code: %1 already has &quot;%2&quot; on all %n hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &quot;%1&quot; (%2 already coded).</source>
        <translation>
            <numerusform>Coded %n passage with &quot;%1&quot; (%2 already coded).</numerusform>
            <numerusform>Coded %n passages with &quot;%1&quot; (%2 already coded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n project(s): %1 codings added, %2 conflicts (Edit &gt; Undo takes it back)</source>
        <translation>
            <numerusform>Merged %n project: %1 codings added, %2 conflicts (Edit &gt; Undo takes it back)</numerusform>
            <numerusform>Merged %n projects: %1 codings added, %2 conflicts (Edit &gt; Undo takes it back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged, with %n conflict(s), each resolved without losing anything.</source>
        <translation>
            <numerusform>Merged, with %n conflict, each resolved without losing anything.</numerusform>
            <numerusform>Merged, with %n conflicts, each resolved without losing anything.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The automatic backup failed: %1 Your work is saved in the project itself; the next backup is tried in %n minute(s).</source>
        <translation>
            <numerusform>The automatic backup failed: %1 Your work is saved in the project itself; the next backup is tried in %n minute.</numerusform>
            <numerusform>The automatic backup failed: %1 Your work is saved in the project itself; the next backup is tried in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RetrievalPanel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchPanel</name>
    <message numerus="yes">
        <source>Code the %n hit(s) of %1. What is already coded with the code by the coder is left as it is; the whole is one step to undo.</source>
        <translation>
            <numerusform>Code the %n hit of %1. What is already coded with the code by the coder is left as it is; the whole is one step to undo.</numerusform>
            <numerusform>Code the %n hits of %1. What is already coded with the code by the coder is left as it is; the whole is one step to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1.</source>
        <translation>
            <numerusform>%Ln hit in %1.</numerusform>
            <numerusform>%Ln hits in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SetsPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n document in &quot;%1&quot;:</numerusform>
            <numerusform>%n documents in &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) meeting &quot;%1&quot; now:</source>
        <translation>
            <numerusform>%n document meeting &quot;%1&quot; now:</numerusform>
            <numerusform>%n documents meeting &quot;%1&quot; now:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n code in &quot;%1&quot;:</numerusform>
            <numerusform>%n codes in &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to the set:</source>
        <translation>
            <numerusform>Add %n document to the set:</numerusform>
            <numerusform>Add %n documents to the set:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to the code set:</source>
        <translation>
            <numerusform>Add %n code to the code set:</numerusform>
            <numerusform>Add %n codes to the code set:</numerusform>
        </translation>
    </message>
</context>
</TS>
