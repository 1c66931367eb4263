<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../quizapp/reports/pdf.py" line="+231"/>
        <source>underlined in blue</source>
        <translation>souligné en bleu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each word is shaded by the share of the class who marked it; the key is %1.</source>
        <translation>Chaque mot est ombré selon la part de la classe qui l’a marqué&#xa0;; le corrigé est %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+270"/>
        <source>Class report: %1</source>
        <translation>Rapport de la classe&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Quiz %1 · %2 · %3 students · %4</source>
        <translation>Quiz %1 · %2 · %3 élèves · %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+120"/>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Class average</source>
        <translation>Moyenne de la classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <location line="+162"/>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+154"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>From another quiz version</source>
        <translation>D’une autre version du quiz</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+112"/>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚑ taken on another version of the quiz, scored with the current key.</source>
        <translation>⚑ passé sur une autre version du quiz, noté avec le corrigé actuel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score per skill (class average)</source>
        <translation>Score par compétence (moyenne de la classe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+163"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="+213"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="-163"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facility</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key phrases found</source>
        <translation>Expressions du corrigé trouvées</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where the class marked</source>
        <translation>Ce que la classe a marqué</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excerpt %1</source>
        <translation>Extrait %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Often marked outside the key: </source>
        <translation>Souvent marqué hors du corrigé&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‘%1’ (%2 of %3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with the earlier quiz %1 (%2): %3 students took both (matched by name); mean gain %4 points.</source>
        <translation>Comparé au quiz précédent %1 (%2)&#xa0;: %3 élèves ont passé les deux (associés par nom)&#xa0;; gain moyen de %4 points.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain (points)</source>
        <translation>Gain (points)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normalised gain</source>
        <translation>Gain normalisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per skill (students who met the skill in both)</source>
        <translation>Par compétence (élèves ayant rencontré la compétence dans les deux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+68"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Only in the earlier quiz: %1.</source>
        <translation>Seulement dans le quiz précédent&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in this quiz: %1.</source>
        <translation>Seulement dans ce quiz&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The normalised gain is the gain over what there was left to gain, (after − before) / (1 − before); a loss is measured over what there was to lose.</source>
        <translation>Le gain normalisé est le gain rapporté à ce qu’il restait à gagner, (après − avant) / (1 − avant)&#xa0;; une perte est rapportée à ce qu’il y avait à perdre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>found %1 of %2</source>
        <translation>%1 trouvée(s) sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; missed %1</source>
        <translation>&#xa0;; manquée(s)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>handed in as %1</source>
        <translation>rendu sous le nom %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken on this computer</source>
        <translation>passé sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken on another version of the quiz</source>
        <translation>passé sur une autre version du quiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) · finished %3</source>
        <translation>%1 (%2) · terminé le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Laying out the report</source>
        <translation>Mise en page du rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the PDF</source>
        <translation>Écriture du PDF</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/dashboard/heatmap.py" line="+62"/>
        <source>%1 of %2 student marked this</source>
        <translation>%1 élève sur %2 a marqué ceci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 students marked this</source>
        <translation>%1 élèves sur %2 ont marqué ceci</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> — part of the key (%1)</source>
        <translation> — fait partie du corrigé (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/dashboard/view.py" line="+73"/>
        <source>Results files (*.json);;All files (*)</source>
        <translation>Fichiers de résultats (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import results files</source>
        <translation>Importer des fichiers de résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder of results</source>
        <translation>Importer un dossier de résultats</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 (%3 question)</source>
        <translation>%1&#xa0;: %2 (%3 question)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 (%3 questions)</source>
        <translation>%1&#xa0;: %2 (%3 questions)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hardest: </source>
        <translation>Les plus difficiles&#xa0;: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the key or wording: </source>
        <translation>Vérifiez le corrigé ou la formulation&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress_view.py" line="+148"/>
        <source>Chart of mastery per skill over time</source>
        <translation>Graphique de la maîtrise par compétence au fil du temps</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (likely range)</source>
        <translation>%1 (fourchette probable)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Chart of answers per day</source>
        <translation>Graphique des réponses par jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Daily goal (%1)</source>
        <translation>Objectif quotidien (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_widgets.py" line="+94"/>
        <source>Excerpt from %1: %2</source>
        <translation>Extrait de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a report</source>
        <translation>un article</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drag across words to mark a phrase; click a mark to remove it. Keyboard: arrows move, Shift+arrows extend, Space marks.</source>
        <translation>Faites glisser sur des mots pour marquer une expression&#xa0;; cliquez sur une marque pour l’enlever. Au clavier&#xa0;: les flèches déplacent, Maj+flèches étendent, Espace marque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo mark</source>
        <translation>Annuler &amp;la marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last mark</source>
        <translation>Annuler la dernière marque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear marks</source>
        <translation>Effa&amp;cer les marques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all marks</source>
        <translation>Effacer toutes les marques</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>✓ Your answer, and right.</source>
        <translation>✓ Votre réponse, et elle est juste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Also right.</source>
        <translation>← Juste aussi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>← The right answer.</source>
        <translation>← La bonne réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Your answer, but not right.</source>
        <translation>✗ Votre réponse, mais elle n’est pas juste.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose every right answer</source>
        <translation>Choisissez toutes les bonnes réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose one answer</source>
        <translation>Choisissez une réponse</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Do the figures conflict?</source>
        <translation>Les chiffres se contredisent-ils&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Phrase %1</source>
        <translation>Expression %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label each marked phrase</source>
        <translation>Étiquetez chaque expression marquée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label for phrase %1: %2</source>
        <translation>Étiquette de l’expression %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 of %2 points (%3%)</source>
        <translation>%1 sur %2 points (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 phrases labelled right; each result is shown under its phrase.</source>
        <translation>%1 expression(s) sur %2 bien étiquetée(s)&#xa0;; chaque résultat est indiqué sous son expression.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verdict right: %1.</source>
        <translation>Verdict juste&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict: the answer is “%1”.</source>
        <translation>Verdict&#xa0;: la réponse est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In the text: found phrases have a solid underline, missed ones a dashed underline, marks that are not in the key a wavy underline. Point at a phrase to read its note.</source>
        <translation>Dans le texte&#xa0;: les expressions trouvées sont soulignées d’un trait plein, les manquées d’un trait tireté, les marques hors du corrigé d’un trait ondulé. Pointez une expression pour lire sa note.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reason right: “%1”</source>
        <translation>Raison juste&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason not right: “%1”</source>
        <translation>Raison fausse&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right reason: “%1”</source>
        <translation>La bonne raison&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No reason chosen.</source>
        <translation>Aucune raison choisie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Right pick: “%1”</source>
        <translation>Bon choix&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong pick: “%1”</source>
        <translation>Mauvais choix&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, but not picked: “%1”</source>
        <translation>Juste, mais non choisi&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partial credit: (%1 right − %2 wrong) ÷ %3 right options = %4</source>
        <translation>Crédit partiel&#xa0;: (%1 juste(s) − %2 fausse(s)) ÷ %3 bonne(s) option(s) = %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(never below 0)</source>
        <translation>(jamais en dessous de 0)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/article_editor.py" line="+161"/>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The publication time is known</source>
        <translation>L’heure de publication est connue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication date and time</source>
        <translation>Date et heure de publication</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone offset</source>
        <translation>Décalage horaire</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Paste a report</source>
        <translation>Coller un article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the text of a news report (plain text, Markdown or a web page&apos;s HTML). Blank lines separate paragraphs; scripts, styles and odd spaces are cleaned up.</source>
        <translation>Collez le texte d’un article de presse (texte brut, Markdown ou HTML d’une page web). Les lignes vides séparent les paragraphes&#xa0;; les scripts, les styles et les espaces insolites sont nettoyés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report text to paste</source>
        <translation>Texte de l’article à coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the report here (Ctrl+V)…</source>
        <translation>Collez l’article ici (Ctrl+V)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format of the pasted text</source>
        <translation>Format du texte collé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A short first line without a full stop becomes the headline</source>
        <translation>Une première ligne courte sans point final devient le titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reducing the text to paragraphs…</source>
        <translation>Découpage du texte en paragraphes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd article</source>
        <translation>A&amp;jouter l’article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the pasted report as an article</source>
        <translation>Ajouter l’article collé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../quizapp/ui/studio/interchange.py" line="+190"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="+620"/>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+388"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The chosen article</source>
        <translation>L’article choisi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Articles of the set</source>
        <translation>Articles de la série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste report…</source>
        <translation>&amp;Coller un article…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a report as a new article</source>
        <translation>Coller un article comme nouvel article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a report file as a new article</source>
        <translation>Ouvrir le fichier d’un article comme nouvel article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove article</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen article</source>
        <translation>Supprimer l’article choisi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article id</source>
        <translation>Identifiant de l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How questions refer to this article: letters, digits, -</source>
        <translation>Comment les questions désignent cet article&#xa0;: lettres, chiffres, -</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../quizapp/ui/studio/question_editor.py" line="+405"/>
        <source>&amp;Id:</source>
        <translation>Ide&amp;ntifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paragraph text</source>
        <translation>Texte des paragraphes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Blank lines separate paragraphs. Tags stay on the words they were on.</source>
        <translation>Les lignes vides séparent les paragraphes. Les annotations restent sur les mots qu’elles couvraient.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>First line is the headli&amp;ne</source>
        <translation>La première ligne est le ti&amp;tre</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+298"/>
        <source>Artic&amp;les</source>
        <translation>A&amp;rticles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>O&amp;utlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hea&amp;dline:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pu&amp;blished:</source>
        <translation>Pu&amp;blié&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ta&amp;g phrases</source>
        <translation>Annoter &amp;les expressions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit te&amp;xt</source>
        <translation>Modifier le te&amp;xte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(no outlet)</source>
        <translation>(aucun média)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 paragraphs, %2 tags</source>
        <translation>%1 paragraphes, %2 annotations</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Edit outlet</source>
        <translation>Modifier le média</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit headline</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit publication time</source>
        <translation>Modifier l’heure de publication</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be an article id: use letters, digits and -, once.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant d’article&#xa0;: utilisez des lettres, des chiffres et des -, une seule fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename article</source>
        <translation>Renommer l’article</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An article needs some text; remove it instead.</source>
        <translation>Un article a besoin de texte&#xa0;; supprimez-le plutôt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paste a report into the box first.</source>
        <translation>Collez d’abord un article dans la zone.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open a report</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../quizapp/ui/studio/interchange.py" line="-22"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no text in that report.</source>
        <translation>Cet article ne contient aucun texte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add article</source>
        <translation>Ajouter l’article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added an article of %1 paragraphs.</source>
        <translation>Article de %1 paragraphes ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That report could not be read: %1</source>
        <translation>Cet article n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove article “%1”</source>
        <translation>Supprimer l’article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/common.py" line="+43"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speculation</source>
        <translation>Spéculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unconfirmed attribution</source>
        <translation>Attribution non confirmée</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Article “%1”</source>
        <translation>Article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question “%1”</source>
        <translation>Question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” and “%2” overlap without one containing the other; shorten one of them.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent sans que l’un contienne l’autre&#xa0;; raccourcissez l’un des deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the figure “%1” needs a quantity (deaths, injured, …).</source>
        <translation>le chiffre «&#xa0;%1&#xa0;» doit avoir une grandeur (morts, blessés, …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” runs across a paragraph break; tag each part.</source>
        <translation>«&#xa0;%1&#xa0;» traverse un saut de paragraphe&#xa0;; annotez chaque partie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” has the label “%2”, which this set does not declare.</source>
        <translation>«&#xa0;%1&#xa0;» porte l’étiquette «&#xa0;%2&#xa0;», que cette série ne déclare pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its excerpt asks for paragraphs %1–%2 of “%3”, which now has %4.</source>
        <translation>son extrait demande les paragraphes %1 à %2 de «&#xa0;%3&#xa0;», qui n’en a plus que %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its excerpt quotes the article “%1”, which is not in this set.</source>
        <translation>son extrait cite l’article «&#xa0;%1&#xa0;», qui n’est pas dans cette série.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved in the bank.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications qui ne sont pas enregistrées dans la banque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save them before you go on?</source>
        <translation>Les enregistrer avant de continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/gate.py" line="+36"/>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a teacher password</source>
        <translation>Choisissez un mot de passe enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher mode</source>
        <translation>Mode enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the teacher password</source>
        <translation>Changer le mot de passe enseignant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher mode edits questions and shows answer keys. Choose a password of at least %1 characters; students should not know it.</source>
        <translation>Le mode enseignant permet de modifier les questions et montre les corrigés. Choisissez un mot de passe d’au moins %1 caractères&#xa0;; les élèves ne doivent pas le connaître.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the teacher password.</source>
        <translation>Saisissez le mot de passe enseignant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the current password, then the new one (at least %1 characters) twice.</source>
        <translation>Saisissez le mot de passe actuel, puis deux fois le nouveau (au moins %1 caractères).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password again</source>
        <translation>Mot de passe, à nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe a&amp;ctuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Again:</source>
        <translation>À nou&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password message</source>
        <translation>Message sur le mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open teacher mode</source>
        <translation>&amp;Ouvrir le mode enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Too many wrong passwords. You can try again in %1.</source>
        <translation>Trop de mots de passe erronés. Vous pourrez réessayer dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That password is not right.</source>
        <translation>Ce mot de passe n’est pas le bon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n’est pas le bon.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Choisissez un mot de passe d’au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Teacher password</source>
        <translation>Mot de passe enseignant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The teacher password is changed.</source>
        <translation>Le mot de passe enseignant a été changé.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/handout.py" line="+49"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="-33"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question set</source>
        <translation>Série de questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 questions over %2 articles</source>
        <translation>%1 questions sur %2 articles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skills: %1</source>
        <translation>Compétences&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feedback after each question</source>
        <translation>correction après chaque question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feedback at the end</source>
        <translation>correction à la fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pass mark %1%</source>
        <translation>seuil de réussite %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 attempts allowed</source>
        <translation>%1 tentatives autorisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draws %1 at random</source>
        <translation>tire %1 questions au hasard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shuffled</source>
        <translation>ordre mélangé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An exam copy without the answer key: your teacher scores it.</source>
        <translation>Une copie d’examen sans le corrigé&#xa0;: c’est votre enseignant qui la note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To start it you need the code on the slip from your teacher.</source>
        <translation>Pour la commencer, il vous faut le code inscrit sur le billet remis par votre enseignant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This exact version is already in the bank; nothing changes.</source>
        <translation>Cette version exacte est déjà dans la banque&#xa0;; rien ne change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This updates the existing version; earlier attempts are kept.</source>
        <translation>Ceci met à jour la version existante&#xa0;; les tentatives précédentes sont conservées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This adds it to the bank.</source>
        <translation>Ceci l’ajoute à la banque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a quiz</source>
        <translation>Importer un quiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from %1?</source>
        <translation>Importer depuis %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Open quiz</source>
        <translation>Ouvrir un quiz</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This file cannot be used, so nothing was imported:</source>
        <translation>Ce fichier est inutilisable, rien n’a donc été importé&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../quizapp/ui/studio/interchange.py" line="+31"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/propose.py" line="+48"/>
        <source>they conflict</source>
        <translation>ils se contredisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they are compatible</source>
        <translation>ils sont compatibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the count went up (an update)</source>
        <translation>le décompte a augmenté (une mise à jour)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event %1 — %2</source>
        <translation>Événement %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept apart from event %1: %2.</source>
        <translation>Séparé de l’événement %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” (%2, ¶%3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2, ¶%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot be added: %1</source>
        <translation>Ne peut pas être ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../quizapp/ui/studio/suggestions.py" line="+150"/>
        <source>Propose compare questions</source>
        <translation>Proposer des questions de comparaison</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The events the articles report</source>
        <translation>Les événements que rapportent les articles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event of the article %1</source>
        <translation>Événement de l’article %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the article to another event, or to a new one of its own; figures are compared only between articles of one event.</source>
        <translation>Placez l’article dans un autre événement, ou dans un nouvel événement à lui seul ; les chiffres ne sont comparés qu’entre articles d’un même événement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why events were kept apart</source>
        <translation>Pourquoi des événements ont été séparés</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The assistant compares figures only between articles of one event. It grouped the %1 articles into %2 events by the places, names and words they share; move an article if it belongs elsewhere.</source>
        <translation>L’assistant ne compare les chiffres qu’entre articles d’un même événement. Il a réparti les %1 articles en %2 événements selon les lieux, les noms et les mots qu’ils partagent ; déplacez un article s’il relève d’un autre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The assistant compares figures only between articles of one event. The %1 articles share places, names and words: it takes them for one event; move an article that reports something else to a new event.</source>
        <translation>L’assistant ne compare les chiffres qu’entre articles d’un même événement. Les %1 articles partagent des lieux, des noms et des mots : il y voit un seul événement ; placez dans un nouvel événement un article qui rapporte autre chose.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new event</source>
        <translation>Un nouvel événement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The assistant compared the figures of the %1 articles and drafted %2 compare questions. Tick the ones to add: each tags its two figures if they are not tagged yet, and you can edit it under Questions (Ctrl+Z takes the whole step back).</source>
        <translation>L’assistant a comparé les chiffres des %1 articles et rédigé %2 questions de comparaison. Cochez celles à ajouter&#xa0;: chacune annote ses deux chiffres s’ils ne le sont pas encore, et vous pouvez la modifier sous Questions (Ctrl+Z annule toute l’étape).</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Proposed compare questions</source>
        <translation>Questions de comparaison proposées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add ticked questions</source>
        <translation>&amp;Ajouter les questions cochées</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>&amp;Add %1 questions</source>
        <translation>&amp;Ajouter %1 questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add 1 question</source>
        <translation>&amp;Ajouter 1 question</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/question_editor.py" line="-333"/>
        <source>Highlight: mark phrases</source>
        <translation>Surlignage&#xa0;: marquer des expressions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice: pick an answer</source>
        <translation>Choix&#xa0;: choisir une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare: figures across reports</source>
        <translation>Comparaison&#xa0;: chiffres d’un article à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classify: label marked phrases</source>
        <translation>Classement&#xa0;: étiqueter des expressions marquées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They conflict</source>
        <translation>Ils se contredisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are compatible</source>
        <translation>Ils sont compatibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t tell</source>
        <translation>Impossible à dire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Article of the excerpt</source>
        <translation>Article de l’extrait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First paragraph of the excerpt</source>
        <translation>Premier paragraphe de l’extrait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last paragraph of the excerpt</source>
        <translation>Dernier paragraphe de l’extrait</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Remove this excerpt</source>
        <translation>Supprimer cet extrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no excerpt)</source>
        <translation>(aucun extrait)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(missing: %1)</source>
        <translation>(manquant&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feedback (optional)</source>
        <translation>Correction (facultative)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+553"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="-530"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-552"/>
        <source>Remove from %1</source>
        <translation>Supprimer de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+553"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="-4"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="-552"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+553"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="-552"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Question id</source>
        <translation>Identifiant de la question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the student is asked to do</source>
        <translation>Ce que l’on demande à l’élève</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an excerpt to compare</source>
        <translation>Ajouter un extrait à comparer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quantity compared</source>
        <translation>Grandeur comparée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right verdict</source>
        <translation>Bon verdict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several right answers</source>
        <translation>Plusieurs bonnes réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown with the feedback</source>
        <translation>Affichée avec la correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — easy</source>
        <translation>1 — facile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 — medium</source>
        <translation>2 — moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 — hard</source>
        <translation>3 — difficile</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="-55"/>
        <location filename="../../quizapp/ui/studio/span_editor.py" line="+278"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fire, harbour (separated by commas)</source>
        <translation>incendie, port (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalty per stray mark</source>
        <translation>Pénalité par marque en trop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> span</source>
        <translation> par marque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit lost for each mark that is not in the key</source>
        <translation>Points perdus pour chaque marque absente du corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact boundaries only (strict)</source>
        <translation>Limites exactes seulement (strict)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems with this question</source>
        <translation>Problèmes de cette question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompt:</source>
        <translation>C&amp;onsigne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excerpt:</source>
        <translation>Extrait&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key labels:</source>
        <translation>Étiquettes du corrigé&#xa0;:</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Add excerpt</source>
        <translation>Ajouter un extrait</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Quantity:</source>
        <translation>Grandeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ve&amp;rdict:</source>
        <translation>&amp;Verdict&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reas&amp;ons:</source>
        <translation>&amp;Raisons&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Options:</source>
        <translation>&amp;Options&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Difficulty:</source>
        <translation>Difficult&amp;é&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stray pena&amp;lty:</source>
        <translation>&amp;Pénalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Key label %1</source>
        <translation>Étiquette du corrigé %1</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>What a student sees</source>
        <translation>Ce que voit l’élève</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Student preview</source>
        <translation>Aperçu élève</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Try it</source>
        <translation>Essaye&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score my answer in the preview</source>
        <translation>Noter ma réponse dans l’aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer in the preview as a student would, then score it</source>
        <translation>Répondez dans l’aperçu comme le ferait un élève, puis notez la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the preview&apos;s answer and feedback</source>
        <translation>Effacer la réponse et la correction de l’aperçu</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+187"/>
        <source>Choose or add a question to preview it.</source>
        <translation>Choisissez ou ajoutez une question pour l’afficher en aperçu.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>That answer cannot be scored: %1</source>
        <translation>Cette réponse ne peut pas être notée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scored as a student&apos;s answer: %1 of %2 points.</source>
        <translation>Notée comme la réponse d’un élève&#xa0;: %1 sur %2 points.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions of the set</source>
        <translation>Questions de la série</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New question</source>
        <translation>&amp;Nouvelle question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New question of a chosen type</source>
        <translation>Nouvelle question d’un type choisi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen question</source>
        <translation>Supprimer la question choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the question up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the question down</source>
        <translation>Descendre la question</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question editor</source>
        <translation>Éditeur de question</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no prompt yet)</source>
        <translation>(pas encore de consigne)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Change question type</source>
        <translation>Changer le type de question</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” cannot be a question id: use letters, digits and -, once.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant de question&#xa0;: utilisez des lettres, des chiffres et des -, une seule fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename question</source>
        <translation>Renommer la question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New %1 question</source>
        <translation>Nouvelle question %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate question</source>
        <translation>Dupliquer la question</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove question “%1”</source>
        <translation>Supprimer la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move question</source>
        <translation>Déplacer la question</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preview appears when the problems above are fixed.</source>
        <translation>L’aperçu apparaît quand les problèmes ci-dessus sont corrigés.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="-127"/>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the quiz %1 as a student sees it</source>
        <translation>Aperçu du quiz %1 tel qu’un élève le voit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drawn and ordered as one student&apos;s attempt would be.</source>
        <translation>Tirées et ordonnées comme pour la tentative d’un élève.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — question %2 of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — question %2 sur %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+80"/>
        <source>Find questions in the bank</source>
        <translation>Chercher des questions dans la banque</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Skill %1</source>
        <translation>Compétence %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>easy</source>
        <translation>facile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hard</source>
        <translation>difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty %1</source>
        <translation>Difficulté %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags, separated by commas</source>
        <translation>mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags to filter by</source>
        <translation>Mots-clés pour filtrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words in the prompt or id</source>
        <translation>Mots de la consigne ou de l’identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the questions</source>
        <translation>Chercher dans les questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question set to search</source>
        <translation>Série de questions où chercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skill:</source>
        <translation>Compétence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Série</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions found; tick the ones to add</source>
        <translation>Questions trouvées&#xa0;; cochez celles à ajouter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add the ticked questions to the quiz</source>
        <translation>Ajouter les questions cochées au quiz</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiz to edit: a new one or one saved in the bank</source>
        <translation>Quiz à modifier&#xa0;: un nouveau ou un quiz enregistré dans la banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qui&amp;z:</source>
        <translation>Qui&amp;z&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions in the &amp;quiz</source>
        <translation>Questions du &amp;quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions in the quiz, in order</source>
        <translation>Questions du quiz, dans l’ordre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the question up in the quiz</source>
        <translation>Monter la question dans le quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the question down in the quiz</source>
        <translation>Descendre la question dans le quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the question from the quiz</source>
        <translation>Retirer la question du quiz</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>How the quiz is taken</source>
        <translation>Comment le quiz se déroule</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+370"/>
        <source>New quiz</source>
        <translation>Nouveau quiz</translation>
    </message>
    <message>
        <location line="-369"/>
        <source>Quiz title</source>
        <translation>Titre du quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz id</source>
        <translation>Identifiant du quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building a quiz with the same id again updates it in place</source>
        <translation>Reconstruire un quiz avec le même identifiant le met à jour sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed order</source>
        <translation>Ordre fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffled</source>
        <translation>Ordre mélangé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dra&amp;w at random per skill:</source>
        <translation>Tirer au hasard &amp;par compétence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a number of questions per skill at random</source>
        <translation>Tirer au hasard un nombre de questions par compétence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When feedback is shown</source>
        <translation>Quand la correction est montrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After each question</source>
        <translation>Après chaque question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>À la fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the feedback choice means for the file</source>
        <translation>Ce que le choix de la correction implique pour le fichier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit in minutes, 0 for none</source>
        <translation>Durée limite en minutes, 0 pour aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark in percent, 0 for none</source>
        <translation>Seuil de réussite en pourcentage, 0 pour aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlimited</source>
        <translation>Illimitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts allowed, 0 for unlimited</source>
        <translation>Tentatives autorisées, 0 pour illimitées</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time &amp;limit:</source>
        <translation>Durée &amp;limite&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass mark:</source>
        <translation>Seuil de &amp;réussite&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Class list and codes</source>
        <translation>Liste d’élèves et codes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class list</source>
        <translation>Liste d’élèves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load a class list (CSV) and give each student a code for this quiz</source>
        <translation>Charger une liste d’élèves (CSV) et donner à chaque élève un code pour ce quiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the codes as a sheet of slips (PDF) or a CSV file</source>
        <translation>Écrire les codes sous forme d’une feuille de billets (PDF) ou d’un fichier CSV</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Quiz problems</source>
        <translation>Problèmes du quiz</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add tic&amp;ked to the quiz →</source>
        <translation>A&amp;jouter les cochées au quiz →</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Quiz files (*.yaml *.yml)</source>
        <translation>Fichiers de quiz (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;d:</source>
        <translation>Ide&amp;ntifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feed&amp;back:</source>
        <translation>C&amp;orrection&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>L&amp;oad class list…</source>
        <translation>Charger la liste d’élè&amp;ves…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print codes…</source>
        <translation>Imprimer les codes…</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Preview as a st&amp;udent</source>
        <translation>Aperç&amp;u élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save quiz in ba&amp;nk</source>
        <translation>Enregistrer le quiz dans la &amp;banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport quiz…</source>
        <translation>E&amp;xporter le quiz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the quiz as one file for the class</source>
        <translation>Exporter le quiz en un seul fichier pour la classe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiz settings</source>
        <translation>Réglages du quiz</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>All question sets</source>
        <translation>Toutes les séries de questions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new quiz</source>
        <translation>Un nouveau quiz</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 questions found</source>
        <translation>%1 questions trouvées</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tick the questions to add first.</source>
        <translation>Cochez d’abord les questions à ajouter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 questions to the quiz.</source>
        <translation>%1 questions ajoutées au quiz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit a quiz</source>
        <translation>Modifier un quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put aside the quiz being built? What was not saved in the bank is lost.</source>
        <translation>Mettre de côté le quiz en construction&#xa0;? Ce qui n’a pas été enregistré dans la banque sera perdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep building</source>
        <translation>Continuer la construction</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export writes an exam copy without the answer key; the answers are scored here when you import the results files.</source>
        <translation>L’export écrit une copie d’examen sans le corrigé&#xa0;; les réponses sont notées ici quand vous importez les fichiers de résultats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feedback after each question needs the answer key on the students&apos; computers: the exported file holds it, and a student can read it in a text editor. Choose “At the end” to hand out a copy without the key.</source>
        <translation>La correction après chaque question exige le corrigé sur les ordinateurs des élèves&#xa0;: le fichier exporté le contient, et un élève peut le lire dans un éditeur de texte. Choisissez «&#xa0;À la fin&#xa0;» pour distribuer une copie sans le corrigé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the quiz first; then load a class list to give each student a code.</source>
        <translation>Enregistrez d’abord le quiz, puis chargez une liste d’élèves pour donner un code à chaque élève.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No class list: results files are taken under any name. Load one to give each student a code, so nobody can hand in results as someone else.</source>
        <translation>Pas de liste d’élèves&#xa0;: les fichiers de résultats sont acceptés sous n’importe quel nom. Chargez-en une pour donner un code à chaque élève, afin que personne ne puisse rendre des résultats à la place d’un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 students have a code for this quiz; %2 used by imported results.</source>
        <translation>%1 élèves ont un code pour ce quiz&#xa0;; %2 utilisés par des résultats importés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Load class list</source>
        <translation>Charger la liste d’élèves</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Class lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes d’élèves (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The class list cannot be used, so nothing changed:</source>
        <translation>La liste d’élèves est inutilisable, rien n’a donc changé&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 new codes; %2 students already had one and keep it.</source>
        <translation>%1 nouveaux codes&#xa0;; %2 élèves en avaient déjà un et le gardent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>Print codes</source>
        <translation>Imprimer les codes</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sheet to print (*.pdf);;Spreadsheet (*.csv)</source>
        <translation>Feuille à imprimer (*.pdf);;Tableur (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrote the codes to %1.</source>
        <translation>Codes écrits dans %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Editing the quiz “%1” (%2 questions).</source>
        <translation>Modification du quiz «&#xa0;%1&#xa0;» (%2 questions).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Questions to draw for %1</source>
        <translation>Questions à tirer pour %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 in the quiz</source>
        <translation>%1 dans le quiz</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Say how many questions to draw for at least one skill.</source>
        <translation>Indiquez combien de questions tirer pour au moins une compétence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quiz cannot be built; see the problems listed.</source>
        <translation>Le quiz ne peut pas être construit&#xa0;; voyez les problèmes listés.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is saved in the bank.</source>
        <translation>«&#xa0;%1&#xa0;» est enregistré dans la banque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quiz with the id “%1” is already in the bank. Update it? Attempts made on it are kept.</source>
        <translation>Un quiz d’identifiant «&#xa0;%1&#xa0;» est déjà dans la banque. Le mettre à jour&#xa0;? Les tentatives passées dessus sont conservées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The question set “%1” has this id. Replace it with the quiz?</source>
        <translation>La série de questions «&#xa0;%1&#xa0;» a cet identifiant. La remplacer par le quiz&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Save quiz</source>
        <translation>Enregistrer le quiz</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quiz was not saved: %1</source>
        <translation>Le quiz n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the quiz “%1” (%2 questions) in the bank.</source>
        <translation>Quiz «&#xa0;%1&#xa0;» (%2 questions) enregistré dans la banque.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>Export quiz</source>
        <translation>Exporter le quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exam copy holds no answer key, but it shows a few things:</source>
        <translation>La copie d’examen ne contient pas le corrigé, mais elle laisse voir quelques éléments&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported an exam copy without the key to %1.</source>
        <translation>Copie d’examen sans corrigé exportée dans %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported the quiz (with its answer key) to %1.</source>
        <translation>Quiz (avec son corrigé) exporté dans %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/interchange.py" line="-68"/>
        <location filename="../../quizapp/ui/studio/quiz_builder.py" line="-224"/>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+27"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/span_editor.py" line="-212"/>
        <source>Article text for tagging</source>
        <translation>Texte de l’article à annoter</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing selected.</source>
        <translation>Rien n’est sélectionné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows move between words, Shift+arrows select, 1 tags a figure, 2 speculation, 3 an unconfirmed attribution, Delete removes a tag.</source>
        <translation>Les flèches passent d’un mot à l’autre, Maj+flèches sélectionnent, 1 annote un chiffre, 2 une spéculation, 3 une attribution non confirmée, Suppr enlève une annotation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected tag</source>
        <translation>Annotation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+345"/>
        <source>No tag selected</source>
        <translation>Aucune annotation sélectionnée</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>Select words with the mouse, or move with the arrows and extend with Shift+arrows, then press a label&apos;s number. Click a tag to edit it.</source>
        <translation>Sélectionnez des mots à la souris, ou déplacez-vous avec les flèches et étendez avec Maj+flèches, puis tapez le numéro d’une étiquette. Cliquez sur une annotation pour la modifier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantity of the figure</source>
        <translation>Grandeur du chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the figure counts: deaths, injured, arrests, …</source>
        <translation>Ce que compte le chiffre&#xa0;: morts, blessés, arrestations, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on the tag</source>
        <translation>Remarque sur l’annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown in the feedback</source>
        <translation>Affichée dans la correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity:</source>
        <translation>Grande&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>Remar&amp;que&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove tag</source>
        <translation>Enle&amp;ver l’annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected tag</source>
        <translation>Enlever l’annotation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected tag (Delete)</source>
        <translation>Enlever l’annotation sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Label %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tag toolbar</source>
        <translation>Barre d’annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+366"/>
        <source>Remove tag</source>
        <translation>Enlever l’annotation</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Remove the tag under the cursor (Delete)</source>
        <translation>Enlever l’annotation sous le curseur (Suppr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an article to tag its phrases.</source>
        <translation>Ajoutez un article pour annoter ses expressions.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The selected tag&apos;s fields</source>
        <translation>Les champs de l’annotation sélectionnée</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Tag the selected words as %1 (%2)</source>
        <translation>Annoter les mots sélectionnés comme %1 (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A second label on a phrase is a wavy line in its colour.</source>
        <translation>Une seconde étiquette sur une expression est un trait ondulé de sa couleur.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Selected: “%1” — press a label&apos;s number to tag it.</source>
        <translation>Sélection&#xa0;: «&#xa0;%1&#xa0;» — tapez le numéro d’une étiquette pour l’annoter.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tag: “%1”</source>
        <translation>Annotation&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Select some words first.</source>
        <translation>Sélectionnez d’abord quelques mots.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is already tagged %2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà annoté comme %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag as %1</source>
        <translation>Annoter comme %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../quizapp/ui/studio/suggestions.py" line="+312"/>
        <source>Tagged “%1” as %2.</source>
        <translation>«&#xa0;%1&#xa0;» annoté comme %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no tag here to remove.</source>
        <translation>Il n’y a aucune annotation à enlever ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed the tag on “%1”.</source>
        <translation>Annotation de «&#xa0;%1&#xa0;» enlevée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add label %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove label %1</source>
        <translation>Enlever l’étiquette %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set quantity</source>
        <translation>Indiquer la grandeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit note</source>
        <translation>Modifier la remarque</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="-510"/>
        <source>Open a question set</source>
        <translation>Ouvrir une série de questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question set:</source>
        <translation>Série de questions&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Teacher studio</source>
        <translation>Studio enseignant</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+393"/>
        <source>Untitled set</source>
        <translation>Série sans titre</translation>
    </message>
    <message>
        <location line="-371"/>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio toolbar</source>
        <translation>Barre d’outils du studio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title of the question set</source>
        <translation>Titre de la série de questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id of the question set</source>
        <translation>Identifiant de la série de questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra labels this set declares</source>
        <translation>Étiquettes supplémentaires déclarées par cette série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra labels, e.g. loaded-word</source>
        <translation>étiquettes supplémentaires, p. ex. mot-chargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels beyond figure, speculation and unconfirmed; they get keys 4, 5, …</source>
        <translation>Étiquettes en plus de chiffre, spéculation et attribution non confirmée&#xa0;; elles prennent les touches 4, 5, …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set:</source>
        <translation>Série&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Studio sections</source>
        <translation>Sections du studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles and tags</source>
        <translation>Articles et annotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz builder</source>
        <translation>Constructeur de quiz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems in the set</source>
        <translation>Problèmes de la série</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Studio status</source>
        <translation>État du studio</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;New set</source>
        <translation>&amp;Nouvelle série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new question set (Ctrl+Shift+N)</source>
        <translation>Commencer une nouvelle série de questions (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open set…</source>
        <translation>&amp;Ouvrir une série…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a question set from the bank (Ctrl+Shift+O)</source>
        <translation>Ouvrir une série de questions de la banque (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save set</source>
        <translation>&amp;Enregistrer la série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the set in the bank (Ctrl+S)</source>
        <translation>Enregistrer la série dans la banque (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport set…</source>
        <translation>E&amp;xporter la série…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the set as a question file (Ctrl+Shift+E)</source>
        <translation>Écrire la série dans un fichier de questions (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave teacher mode</source>
        <translation>&amp;Quitter le mode enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock teacher mode and go back to the student screens</source>
        <translation>Verrouiller le mode enseignant et revenir aux écrans des élèves</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Studio</source>
        <translation>&amp;Studio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assistant</source>
        <translation>Ass&amp;istant</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Studio — %1%2</source>
        <translation>Studio — %1%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Edit set title</source>
        <translation>Modifier le titre de la série</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be a set id: use letters, digits and -.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant de série&#xa0;: utilisez des lettres, des chiffres et des -.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change set id</source>
        <translation>Changer l’identifiant de la série</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be an extra label.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être une étiquette supplémentaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change labels</source>
        <translation>Changer les étiquettes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Proble&amp;ms (%1)</source>
        <translation>Problè&amp;mes (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proble&amp;ms: none</source>
        <translation>Probl&amp;èmes&#xa0;: aucun</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A new, empty set. Paste a report to begin.</source>
        <translation>Une nouvelle série, vide. Collez un article pour commencer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bank holds no question sets yet.</source>
        <translation>La banque ne contient encore aucune série de questions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That set cannot be opened: %1</source>
        <translation>Cette série ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open set</source>
        <translation>Ouvrir la série</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opened “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» ouverte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags that overlap cannot be written: %1</source>
        <translation>Des annotations qui se chevauchent ne peuvent pas être écrites&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1: %2</source>
        <translation>Impossible d’%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: %1 problems, listed below.</source>
        <translation>Non enregistrée&#xa0;: %1 problèmes, listés ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The set has problems</source>
        <translation>La série a des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written. Fix these first:</source>
        <translation>Rien n’a été écrit. Corrigez d’abord ceci&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save</source>
        <translation>enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>Save set</source>
        <translation>Enregistrer la série</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/interchange.py" line="-67"/>
        <location line="+45"/>
        <location line="+5"/>
        <source>Export for an LMS</source>
        <translation>Exporter pour un LMS</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export for an &amp;LMS…</source>
        <translation>Exporter pour un &amp;LMS…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the set as a QTI 3.0 package, Moodle XML, GIFT or H5P file</source>
        <translation>Écrire la série sous forme de paquet QTI 3.0, de fichier Moodle XML, GIFT ou H5P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import QTI package…</source>
        <translation>&amp;Importer un paquet QTI…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a question set from a QTI 3.0 package (.zip)</source>
        <translation>Charger une série de questions depuis un paquet QTI 3.0 (.zip)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was written: no question of this set fits this format.</source>
        <translation>Rien n’a été écrit&#xa0;: aucune question de cette série ne convient à ce format.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wrote %1 questions to %2.</source>
        <translation>%1 questions écrites dans %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Left out, because the format cannot hold them (%1):</source>
        <translation>Laissées de côté, car le format ne peut pas les contenir (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <location line="+12"/>
        <location line="+12"/>
        <source>Import QTI package</source>
        <translation>Importer un paquet QTI</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Nothing was imported:</source>
        <translation>Rien n’a été importé&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="-8"/>
        <source>The bank already holds a set with the id “%1”. Replace it?</source>
        <translation>La banque contient déjà une série d’identifiant «&#xa0;%1&#xa0;». La remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported “%1” (%2 questions).</source>
        <translation>«&#xa0;%1&#xa0;» importée (%2 questions).</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+7"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved “%1” in the bank.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée dans la banque.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/interchange.py" line="-106"/>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+5"/>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/studio_view.py" line="+3"/>
        <location line="+7"/>
        <source>Export set</source>
        <translation>Exporter la série</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the set to %1.</source>
        <translation>Série exportée dans %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/studio/suggestions.py" line="-322"/>
        <location line="+447"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest phrases to tag</source>
        <translation>Suggérer des expressions à annoter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Analysing the article</source>
        <translation>Analyse de l’article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested phrases</source>
        <translation>Expressions suggérées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag the chosen phrase as suggested (Enter)</source>
        <translation>Annoter l’expression choisie comme suggéré (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the chosen suggestion</source>
        <translation>Accepter la suggestion choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the chosen suggestion (Delete)</source>
        <translation>Écarter la suggestion choisie (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the chosen suggestion</source>
        <translation>Rejeter la suggestion choisie</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All of a label</source>
        <translation>Toute une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept or reject every suggestion of one label</source>
        <translation>Accepter ou rejeter toutes les suggestions d’une étiquette</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sugg&amp;est</source>
        <translation>Sugg&amp;érer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark phrases the assistant suggests tagging — figures, speculation, unconfirmed attribution — for you to accept or reject (Ctrl+Shift+S)</source>
        <translation>Marquer les expressions que l’assistant propose d’annoter — chiffres, spéculation, attribution non confirmée — pour que vous les acceptiez ou les rejetiez (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Propose &amp;compare questions…</source>
        <translation>Proposer des questions de &amp;comparaison…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the figures of the set&apos;s articles and propose a compare question for each pair of the same quantity (Ctrl+Shift+C)</source>
        <translation>Comparer les chiffres des articles de la série et proposer une question de comparaison pour chaque paire de même grandeur (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Suggested %1: %2</source>
        <translation>%1 suggéré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add an article first, then press Suggest.</source>
        <translation>Ajoutez d’abord un article, puis appuyez sur Suggérer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+182"/>
        <source>Analysing the article…</source>
        <translation>Analyse de l’article…</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The text changed while it was analysed: press Suggest again.</source>
        <translation>Le texte a changé pendant l’analyse&#xa0;: appuyez de nouveau sur Suggérer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 suggestions: %2. Enter accepts, Delete rejects.</source>
        <translation>%1 suggestions&#xa0;: %2. Entrée accepte, Suppr rejette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assistant has nothing new to suggest.</source>
        <translation>L’assistant n’a rien de nouveau à suggérer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assistant could not run: %1</source>
        <translation>L’assistant n’a pas pu fonctionner&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Accept suggested %1</source>
        <translation>Accepter la suggestion (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quantity: %1.</source>
        <translation>Grandeur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose its quantity in the tag panel.</source>
        <translation>Choisissez sa grandeur dans le panneau d’annotation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rejected the suggestion “%1”.</source>
        <translation>Suggestion «&#xa0;%1&#xa0;» rejetée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept %1 suggestions: %2</source>
        <translation>Accepter %1 suggestions&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagged %1 phrases as %2.</source>
        <translation>%1 expressions annotées comme %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rejected %1 suggestions: %2.</source>
        <translation>%1 suggestions rejetées&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: “%2”
%3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»
%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add an article to have phrases suggested.</source>
        <translation>Ajoutez un article pour obtenir des suggestions d’expressions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest marks phrases that may be figures, speculation or unconfirmed attribution, each with its reason. You decide: Enter accepts, Delete rejects.</source>
        <translation>Suggérer marque les expressions qui peuvent être des chiffres, des spéculations ou des attributions non confirmées, chacune avec sa raison. C’est vous qui décidez&#xa0;: Entrée accepte, Suppr rejette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing left to decide: each suggestion was accepted, rejected or tagged.</source>
        <translation>Plus rien à décider&#xa0;: chaque suggestion a été acceptée, rejetée ou annotée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions (%1)</source>
        <translation>Suggestions (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept all %1: %2</source>
        <translation>Tout accepter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject all %1: %2</source>
        <translation>Tout rejeter %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The text changed, so its suggestions were cleared: press Suggest again.</source>
        <translation>Le texte a changé, ses suggestions ont donc été effacées&#xa0;: appuyez de nouveau sur Suggérer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Proposing compare questions needs two articles or more.</source>
        <translation>Pour proposer des questions de comparaison, il faut au moins deux articles.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add a second report of the same event to compare its figures.</source>
        <translation>Ajoutez un deuxième article sur le même événement pour comparer ses chiffres.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comparing the figures of the articles…</source>
        <translation>Comparaison des chiffres des articles…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The set changed while its figures were compared: propose again.</source>
        <translation>La série a changé pendant la comparaison des chiffres&#xa0;: proposez de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No new compare question: no two articles report figures of the same quantity, or a question asks about them already.</source>
        <translation>Aucune nouvelle question de comparaison&#xa0;: aucun couple d’articles ne donne de chiffres de même grandeur, ou une question les porte déjà.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add %1 proposed compare questions</source>
        <translation>Ajouter %1 questions de comparaison proposées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 compare questions; tagged %2 figures.</source>
        <translation>%1 questions de comparaison ajoutées&#xa0;; %2 chiffres annotés.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="+38"/>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speculation</source>
        <translation>spéculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconfirmed attribution</source>
        <translation>attribution non confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unconfirmed</source>
        <translation>non confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>highlight</source>
        <translation>surlignage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compare</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classify</source>
        <translation>classement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../quizapp/reports/codes.py" line="+32"/>
        <source>Cut the slips apart and give each student theirs. To start the quiz, the student chooses the profile with the name on the slip and types the code. A code counts once: keep the slips private.</source>
        <translation>Découpez les billets et donnez à chaque élève le sien. Pour commencer le quiz, l’élève choisit le profil au nom inscrit sur le billet et tape le code. Un code ne sert qu’une fois&#xa0;: gardez les billets confidentiels.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Codes for “%1”</source>
        <translation>Codes pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Assist</name>
    <message>
        <location filename="../../quizapp/core/messages/assist.toml" line="+6"/>
        <source>exactly {number}</source>
        <translation>exactement {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {number}</source>
        <translation>plus de {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} or more</source>
        <translation>{number} ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer than {number}</source>
        <translation>moins de {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to {number}</source>
        <translation>jusqu’à {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than {low}, up to {high}</source>
        <translation>plus de {low}, jusqu’à {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from {low} to just under {high}</source>
        <translation>de {low} à un peu moins de {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure: what it counts is not clear (choose the quantity when you tag it)</source>
        <translation>chiffre&#xa0;: on ne voit pas ce qu’il compte (choisissez la quantité en l’étiquetant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure counting {quantity}</source>
        <translation>chiffre qui compte «&#xa0;{quantity}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{figure}” allows {values}</source>
        <translation>«&#xa0;{figure}&#xa0;» veut dire {values}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} ({note})</source>
        <translation>{reason} ({note})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{a}” is tagged as {a_quantity} and “{b}” as {b_quantity}: give both figures one quantity first.</source>
        <translation>«&#xa0;{a}&#xa0;» est étiqueté «&#xa0;{a_quantity}&#xa0;» et «&#xa0;{b}&#xa0;» «&#xa0;{b_quantity}&#xa0;»&#xa0;: donnez d’abord la même quantité aux deux chiffres.</translation>
    </message>
</context>
<context>
    <name>AssistQuestion</name>
    <message>
        <location line="+4"/>
        <source>Mark the figure for {quantity} in each report. Do the figures conflict?</source>
        <translation>Marquez dans chaque article le chiffre pour «&#xa0;{quantity}&#xa0;». Les chiffres se contredisent-ils&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both can be right: {a} and {b} are rounded estimates of the same number.</source>
        <translation>Les deux peuvent être justes&#xa0;: «&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» sont des estimations arrondies du même nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the outlets made its figure up; the other one is the true figure.</source>
        <translation>L’un des médias a inventé son chiffre&#xa0;; l’autre donne le vrai chiffre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They cannot both be right: {a} and {b} are different numbers.</source>
        <translation>Ils ne peuvent pas être justes tous les deux&#xa0;: «&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» sont des nombres différents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later report corrects a mistake in the earlier one.</source>
        <translation>L’article le plus récent corrige une erreur du plus ancien.</translation>
    </message>
</context>
<context>
    <name>ClassList</name>
    <message>
        <location filename="../../quizapp/core/messages/roster.toml" line="+6"/>
        <source>is not UTF-8 text: save it as CSV UTF-8</source>
        <translation>le fichier n’est pas du texte UTF-8&#xa0;: enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large for a class list (over {kb} kB)</source>
        <translation>le fichier est trop gros pour une liste de classe (plus de {kb}&#xa0;ko)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a name and an optional student id, found {count} columns (put a name with a comma in quotes)</source>
        <translation>un nom et éventuellement un identifiant d’élève étaient attendus, mais la ligne a {count} colonnes (mettez entre guillemets un nom qui contient une virgule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has an id but no name</source>
        <translation>la ligne a un identifiant mais pas de nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is longer than {most} characters</source>
        <translation>le nom dépasse {most} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id is longer than {most} characters</source>
        <translation>l’identifiant dépasse {most} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has control characters</source>
        <translation>la ligne contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is on line {line} already</source>
        <translation>«&#xa0;{name}&#xa0;» figure déjà à la ligne {line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a class list holds at most {most} names</source>
        <translation>une liste de classe contient au plus {most} noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a readable CSV file: {error}</source>
        <translation>ce n’est pas un fichier CSV lisible&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds no names</source>
        <translation>le fichier ne contient aucun nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read ({error})</source>
        <translation>le fichier est illisible ({error})</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <location filename="../../quizapp/reports/pdf.py" line="-412"/>
        <source>each student&apos;s latest finished attempt</source>
        <translation>la dernière tentative terminée de chaque élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each student&apos;s best attempt</source>
        <translation>la meilleure tentative de chaque élève</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Facility&lt;/b&gt; is the class&apos;s mean score on a question: near 0% almost nobody got it, near 100% almost everybody did. &lt;b&gt;Discrimination&lt;/b&gt; tells whether the question separates stronger from weaker students, judged by their scores on the &lt;i&gt;other&lt;/i&gt; questions: &lt;i&gt;r&lt;/i&gt; is the point-biserial correlation (above 0.3 is good, near 0 or negative deserves a look at the key or the wording); &lt;i&gt;D&lt;/i&gt; is the mean score of the top 27% minus that of the bottom 27%. %1 means it cannot be computed: fewer than three students, or everyone scored the same.</source>
        <translation>La &lt;b&gt;facilité&lt;/b&gt; est le score moyen de la classe sur une question&#xa0;: près de 0&#xa0;%, presque personne ne l’a réussie&#xa0;; près de 100&#xa0;%, presque tout le monde. La &lt;b&gt;discrimination&lt;/b&gt; indique si la question sépare les élèves les plus forts des plus faibles, jugés sur leurs scores aux &lt;i&gt;autres&lt;/i&gt; questions&#xa0;: &lt;i&gt;r&lt;/i&gt; est la corrélation bisériale de point (au-dessus de 0,3, c’est bien&#xa0;; près de 0 ou négative, il faut revoir le corrigé ou la formulation)&#xa0;; &lt;i&gt;D&lt;/i&gt; est le score moyen des 27&#xa0;% les meilleurs moins celui des 27&#xa0;% les plus faibles. %1 signifie qu’elle ne peut pas être calculée&#xa0;: moins de trois élèves, ou tout le monde a eu le même score.</translation>
    </message>
</context>
<context>
    <name>ClassSkillChart</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/skill_chart.py" line="+30"/>
        <source>Chart of the class average per skill</source>
        <translation>Graphique de la moyenne de la classe par compétence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Class average</source>
        <translation>Moyenne de la classe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../quizapp/ui/code_dialog.py" line="+30"/>
        <source>Your code for this quiz</source>
        <translation>Votre code pour ce quiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your teacher gave you a slip with a code for “%1”. Type it here. The slip must carry your name as in your profile, “%2”: your teacher&apos;s program checks both.</source>
        <translation>Votre enseignant vous a remis un billet avec un code pour «&#xa0;%1&#xa0;». Tapez-le ici. Le billet doit porter votre nom tel qu’il figure dans votre profil, «&#xa0;%2&#xa0;»&#xa0;: le programme de votre enseignant vérifie les deux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code from your slip</source>
        <translation>Code inscrit sur votre billet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code message</source>
        <translation>Message sur le code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Démarrer le quiz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That is not a code: a code has 8 letters and digits, like ABCD-EF12. Check your slip and type it again.</source>
        <translation>Ce n’est pas un code&#xa0;: un code compte 8 lettres et chiffres, comme ABCD-EF12. Vérifiez votre billet et tapez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/view.py" line="+42"/>
        <source>Class results</source>
        <translation>Résultats de la classe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quiz:</source>
        <translation>&amp;Quiz&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best attempt</source>
        <translation>Meilleure tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which attempt counts</source>
        <translation>Quelle tentative compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which of a student&apos;s attempts the dashboard shows: the latest finished one, or the best</source>
        <translation>Quelle tentative de chaque élève le tableau de bord montre&#xa0;: la dernière terminée, ou la meilleure</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Import results</source>
        <translation>&amp;Importer des résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results &amp;files…</source>
        <translation>&amp;Fichiers de résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;folder of results…</source>
        <translation>Un &amp;dossier de résultats…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regrade…</source>
        <translation>&amp;Recorriger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score every stored answer again with the current key (after fixing it)</source>
        <translation>Noter de nouveau chaque réponse enregistrée avec le corrigé actuel (après l’avoir rectifié)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>Expor&amp;ter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x&amp;API…</source>
        <translation>&amp;xAPI…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the results as xAPI statements, or send them to a Learning Record Store</source>
        <translation>Écrire les résultats sous forme de déclarations xAPI, ou les envoyer à un Learning Record Store (LRS)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class average per skill</source>
        <translation>Moyenne de la classe par compétence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The class at a glance</source>
        <translation>La classe en un coup d’œil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key phrases of the question</source>
        <translation>Expressions du corrigé de la question</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Facility: the class&apos;s mean score on the question (low: hard). r and D: discrimination — does the question separate students who did well on the other questions from those who did not? Above 0.3 is good; near 0 or negative (shaded) deserves a look at the key or the wording. — : cannot be computed (fewer than three students, or everyone scored the same).</source>
        <translation>Facilité&#xa0;: le score moyen de la classe sur la question (bas&#xa0;: difficile). r et D&#xa0;: discrimination — la question sépare-t-elle les élèves qui ont réussi les autres questions de ceux qui ne les ont pas réussies&#xa0;? Au-dessus de 0,3, c’est bien&#xa0;; près de 0 ou négative (ombrée), il faut revoir le corrigé ou la formulation. —&#xa0;: ne peut pas être calculée (moins de trois élèves, ou tout le monde a eu le même score).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Questions with a heat map</source>
        <translation>Questions avec une carte de chaleur</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Students</source>
        <translation>É&amp;lèves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;uestions</source>
        <translation>Q&amp;uestions</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>E&amp;xport CSV…</source>
        <translation>Exp&amp;orter en CSV…</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Heat map</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Heat &amp;map</source>
        <translation>&amp;Carte de chaleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Before / after</source>
        <translation>Ava&amp;nt / après</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No results yet. Import the results files your students handed in (Import results), or let students take a quiz on this computer: their results appear here.</source>
        <translation>Pas encore de résultats. Importez les fichiers de résultats rendus par vos élèves (Importer des résultats), ou laissez les élèves passer un quiz sur cet ordinateur&#xa0;: leurs résultats apparaissent ici.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 (%2) — %3 students</source>
        <translation>%1 (%2) — %3 élèves</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 students</source>
        <translation>%1 élèves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class average %1</source>
        <translation>moyenne de la classe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚑ %1 taken on another version of the quiz</source>
        <translation>⚑ %1 passé(s) sur une autre version du quiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last regraded %1</source>
        <translation>recorrigé le %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Key phrases of Q%1 %2: %3</source>
        <translation>Expressions du corrigé de Q%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Q%1 %2 has no phrases to find (%3).</source>
        <translation>Q%1 %2 n’a pas d’expression à trouver (%3).</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Export the gradebook</source>
        <translation>Exporter le carnet de notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the gradebook to %1.</source>
        <translation>Carnet de notes écrit dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the class report</source>
        <translation>Exporter le rapport de la classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote %1 xAPI statements to %2.</source>
        <translation>%1 déclarations xAPI écrites dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 xAPI statements.</source>
        <translation>%1 déclarations xAPI envoyées.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote the class report to %1.</source>
        <translation>Rapport de la classe écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>ExamCopy</name>
    <message>
        <location filename="../../quizapp/core/messages/examcopy.toml" line="+5"/>
        <source>&apos;{id}&apos; is a question set, not a quiz: build a quiz from it first</source>
        <translation>«&#xa0;{id}&#xa0;» est une série de questions, pas un quiz&#xa0;: construisez d’abord un quiz à partir d’elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quiz &apos;{id}&apos; gives feedback after each question, and feedback needs the key on the student&apos;s machine: set its feedback to &apos;at the end&apos; to hand out an exam copy, or hand out the quiz file (which holds the key)</source>
        <translation>le quiz «&#xa0;{id}&#xa0;» donne un retour après chaque question, et ce retour demande le corrigé sur la machine de l’élève&#xa0;: réglez son retour sur «&#xa0;à la fin&#xa0;» pour distribuer une copie d’examen, ou distribuez le fichier du quiz (qui contient le corrigé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question &apos;{id}&apos; has one label to choose, so the phrases it shows are its answer</source>
        <translation>la question «&#xa0;{id}&#xa0;» n’a qu’une étiquette à choisir&#xa0;: les passages qu’elle montre sont donc sa réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{id}&apos; ({common} of {total})</source>
        <translation>«&#xa0;{id}&#xa0;» ({common} sur {total})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question &apos;{id}&apos; shows the phrases to label, and some of them are what {given} ask students to find: the exam copy shows where those are (put these questions in different quizzes to avoid it)</source>
        <translation>la question «&#xa0;{id}&#xa0;» montre les passages à étiqueter, et certains sont ce que {given} demandent aux élèves de trouver&#xa0;: la copie d’examen montre où ils sont (mettez ces questions dans des quiz différents pour l’éviter)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../quizapp/core/messages/interchange.toml" line="+6"/>
        <source>marking phrases in a text has no equivalent among Moodle&apos;s question types (the word-select plugin scores single words +1/-1, not phrases with partial credit)</source>
        <translation>marquer des passages dans un texte n’a pas d’équivalent parmi les types de questions de Moodle (le plugin word-select note des mots isolés +1/-1, pas des passages avec crédit partiel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a compare question asks for marks in the text as well as a verdict; the marks have no equivalent in Moodle&apos;s question types</source>
        <translation>une question de comparaison demande des marques dans le texte en plus d’un verdict&#xa0;; les marques n’ont pas d’équivalent parmi les types de questions de Moodle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moodle has no grade fraction for 1/{right} of a right answer</source>
        <translation>Moodle n’a pas de fraction de note pour 1/{right} d’une bonne réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the phrase &apos;{text}&apos; carries {count} labels (either is right here); {target} accepts one</source>
        <translation>le passage «&#xa0;{text}&#xa0;» porte {count} étiquettes (chacune est juste ici)&#xa0;; {target} n’en accepte qu’une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a match</source>
        <translation>un appariement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Moodle gap</source>
        <translation>un trou Moodle</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/interchange.gift.toml" line="+5"/>
        <source>marking phrases in a text has no equivalent in GIFT (nor in Moodle&apos;s question types)</source>
        <translation>marquer des passages dans un texte n’a pas d’équivalent en GIFT (ni parmi les types de questions de Moodle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a matching question needs at least two phrases</source>
        <translation>une question d’appariement a besoin d’au moins deux passages</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/interchange.h5p.toml" line="+5"/>
        <source>Mark the Words takes highlight questions only (this is {type})</source>
        <translation>Mark the Words ne prend que des questions de surlignage (celle-ci est de type {type})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no words to mark</source>
        <translation>elle n’a aucun mot à marquer</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/interchange.moodle.toml" line="+5"/>
        <source>it has no phrases to label</source>
        <translation>elle n’a aucun passage à étiqueter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two of its phrases overlap; gaps cannot</source>
        <translation>deux de ses passages se chevauchent&#xa0;; des trous ne le peuvent pas</translation>
    </message>
</context>
<context>
    <name>GainModel</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/prepost.py" line="+40"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gain (points)</source>
        <translation>Gain (points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalised gain</source>
        <translation>Gain normalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/heatmap.py" line="+186"/>
        <source>Share of the class who marked a word:</source>
        <translation>Part de la classe qui a marqué un mot&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>key phrase</source>
        <translation>expression du corrigé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words are shaded in five steps of 20% by the share of the class who marked them; key phrases are underlined and framed.</source>
        <translation>Les mots sont ombrés en cinq paliers de 20&#xa0;% selon la part de la classe qui les a marqués&#xa0;; les expressions du corrigé sont soulignées et encadrées.</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <location line="+69"/>
        <source>Pick a question in which students mark phrases to see its heat map.</source>
        <translation>Choisissez une question où les élèves marquent des expressions pour voir sa carte de chaleur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Heat map of excerpt %1</source>
        <translation>Carte de chaleur de l’extrait %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody has answered this question yet.</source>
        <translation>Personne n’a encore répondu à cette question.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Often marked outside the key: </source>
        <translation>Souvent marqué hors du corrigé&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‘%1’ (%2 of %3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No phrase outside the key was marked by a quarter of the class.</source>
        <translation>Aucune expression hors du corrigé n’a été marquée par un quart de la classe.</translation>
    </message>
</context>
<context>
    <name>HeatMapView</name>
    <message>
        <location line="-299"/>
        <source>Heat map of the excerpt</source>
        <translation>Carte de chaleur de l’extrait</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Most marked: </source>
        <translation>Les plus marqués&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No word was marked by a quarter of the class.</source>
        <translation>Aucun mot n’a été marqué par un quart de la classe.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../quizapp/core/messages/classroom.toml" line="+6"/>
        <source>No results files found (they end in .json).</source>
        <translation>Aucun fichier de résultats trouvé (ils se terminent par .json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} result</source>
        <translation>{count} résultat importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} results</source>
        <translation>{count} résultats importés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} already imported</source>
        <translation>{count} déjà importé(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} file skipped</source>
        <translation>{count} fichier ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} files skipped</source>
        <translation>{count} fichiers ignorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} file refused</source>
        <translation>{count} fichier refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} files refused</source>
        <translation>{count} fichiers refusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} from another version of the quiz</source>
        <translation>{count} d’une autre version du quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped {message}</source>
        <translation>ignoré&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused {message}</source>
        <translation>refusé&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flagged {path}: {message}</source>
        <translation>signalé&#xa0;: {path}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: does not exist</source>
        <translation>{path}&#xa0;: n’existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no roster code, but the quiz &apos;{id}&apos; has a class list: the student must start the quiz with the code on their slip</source>
        <translation>le fichier n’a pas de code de liste de classe, alors que le quiz «&#xa0;{id}&#xa0;» en a une&#xa0;: l’élève doit commencer le quiz avec le code de son billet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results for another quiz: the code {code} was given for &apos;{given_for}&apos;, not for &apos;{id}&apos;</source>
        <translation>résultats d’un autre quiz&#xa0;: le code {code} a été donné pour «&#xa0;{given_for}&#xa0;», pas pour «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown code {code}: it is on no class list of this bank</source>
        <translation>code inconnu {code}&#xa0;: il ne figure sur aucune liste de classe de cette banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edited: its content does not match its MAC (changed after it was saved)</source>
        <translation>modifié&#xa0;: son contenu ne correspond pas à son MAC (changé après l’enregistrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code {code} belongs to &apos;{name}&apos;, not to the name in the file, &apos;{in_file}&apos;</source>
        <translation>le code {code} appartient à «&#xa0;{name}&#xa0;», pas au nom du fichier, «&#xa0;{in_file}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another file</source>
        <translation>un autre fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code {code} was used already (by {source}, imported {at}): a code counts once</source>
        <translation>le code {code} a déjà servi (par {source}, importé le {at})&#xa0;: un code ne compte qu’une fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: the quiz &apos;{id}&apos; is not in this bank; import the quiz first</source>
        <translation>{path}&#xa0;: le quiz «&#xa0;{id}&#xa0;» n’est pas dans cette banque&#xa0;; importez d’abord le quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: already imported</source>
        <translation>{path}&#xa0;: déjà importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers question &apos;{id}&apos;, which the quiz does not have</source>
        <translation>répond à la question «&#xa0;{id}&#xa0;», que le quiz n’a pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer to &apos;{id}&apos; does not fit: {error}</source>
        <translation>la réponse à «&#xa0;{id}&#xa0;» ne convient pas&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be stored ({error})</source>
        <translation>n’a pas pu être enregistré ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken on another version of the quiz; scored with the current key</source>
        <translation>passé sur une autre version du quiz&#xa0;; noté avec le corrigé actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its points differ from this bank&apos;s scoring for {questions}; the bank&apos;s points are kept</source>
        <translation>ses points diffèrent de la notation de cette banque pour {questions}&#xa0;; les points de la banque sont gardés</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/workers.py" line="+79"/>
        <source>Importing results…</source>
        <translation>Importation des résultats…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importation de %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Lrs</name>
    <message>
        <location filename="../../quizapp/core/messages/interchange.xapi.toml" line="+6"/>
        <source>the LRS endpoint must start with http:// or https://, not {endpoint}</source>
        <translation>l’adresse du LRS doit commencer par http:// ou https://, et non {endpoint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the LRS at {url} did not answer in {seconds} s</source>
        <translation>le LRS à {url} n’a pas répondu en {seconds}&#xa0;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the LRS at {url}: {error}</source>
        <translation>impossible de joindre le LRS à {url}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the LRS at {url} refused the user name or password (HTTP {status})</source>
        <translation>le LRS à {url} a refusé le nom d’utilisateur ou le mot de passe (HTTP {status})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the LRS at {url} already holds different statements with these ids (HTTP 409)</source>
        <translation>le LRS à {url} contient déjà d’autres déclarations avec ces identifiants (HTTP 409)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the LRS at {url} answered HTTP {status}</source>
        <translation>le LRS à {url} a répondu HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the LRS at {url} answered HTTP {status}: {detail}</source>
        <translation>le LRS à {url} a répondu HTTP {status}&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="+170"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Open quiz file…</source>
        <translation>&amp;Ouvrir un fichier de quiz…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme</source>
        <translation>Th&amp;ème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Practi&amp;ce</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>&amp;Practise</source>
        <translation>&amp;S’entraîner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;progress</source>
        <translation>Ma &amp;progression</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&amp;Teacher</source>
        <translation>Ensei&amp;gnant</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Teacher &amp;studio…</source>
        <translation>&amp;Studio enseignant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class &amp;results…</source>
        <translation>&amp;Résultats de la classe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change teacher &amp;password…</source>
        <translation>Changer le mot de &amp;passe enseignant…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a &amp;backup…</source>
        <translation>R&amp;estaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave teacher mode</source>
        <translation>&amp;Quitter le mode enseignant</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;About quizapp</source>
        <translation>À &amp;propos de quizapp</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>About quizapp</source>
        <translation>À propos de quizapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;quizapp %1&lt;/h3&gt;&lt;p&gt;Learn to read breaking news critically: spot conflicting figures, speculation and unconfirmed attribution.&lt;/p&gt;&lt;p&gt;Everything stays on this computer; quizapp never uses the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;quizapp %1&lt;/h3&gt;&lt;p&gt;Apprendre à lire l’actualité brûlante d’un œil critique&#xa0;: repérer les chiffres contradictoires, la spéculation et les attributions non confirmées.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur&#xa0;; quizapp n’utilise jamais le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time you start quizapp.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de quizapp.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Text size %1%</source>
        <translation>Taille du texte %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No profile chosen</source>
        <translation>Aucun profil choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank: %1 (%2 quizzes)</source>
        <translation>Banque&#xa0;: %1 (%2 quiz)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>You answered every question of “%1” but the quiz was not closed. See your results now?</source>
        <translation>Vous avez répondu à toutes les questions de «&#xa0;%1&#xa0;», mais le quiz n’a pas été clos. Voir vos résultats maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See results</source>
        <translation>Voir les résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume “%1” at question %2 of %3?</source>
        <translation>Reprendre «&#xa0;%1&#xa0;» à la question %2 sur %3&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished quiz</source>
        <translation>Quiz inachevé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No attempts left</source>
        <translation>Plus de tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have used all %1 attempts at this quiz.</source>
        <translation>Vous avez utilisé les %1 tentatives de ce quiz.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Empty quiz</source>
        <translation>Quiz vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quiz has no questions to ask yet.</source>
        <translation>Ce quiz n’a pas encore de questions à poser.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+11"/>
        <source>Save results file</source>
        <translation>Enregistrer le fichier de résultats</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>quizapp results (*.quizresults.json *.json)</source>
        <translation>Résultats quizapp (*.quizresults.json *.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1: hand this file to your teacher.</source>
        <translation>%1 enregistré&#xa0;: remettez ce fichier à votre enseignant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open quiz file</source>
        <translation>Ouvrir un fichier de quiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiz files (*.yaml *.yml)</source>
        <translation>Fichiers de quiz (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a profile</source>
        <translation>Choisir un profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or create a profile first.</source>
        <translation>Choisissez ou créez d’abord un profil.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the backup back and reopen quizapp on it? The bank as it is now is kept aside.</source>
        <translation>Remettre la sauvegarde en place et rouvrir quizapp dessus&#xa0;? La banque dans son état actuel est mise de côté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Teacher mode is open.</source>
        <translation>Le mode enseignant est ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teacher mode is locked.</source>
        <translation>Le mode enseignant est verrouillé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bank could not be changed</source>
        <translation>La banque n’a pas pu être modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quizapp could not write to its bank (%1). The disk may be full or the file read-only.</source>
        <translation>quizapp n’a pas pu écrire dans sa banque (%1). Le disque est peut-être plein ou le fichier en lecture seule.</translation>
    </message>
</context>
<context>
    <name>MarkableText</name>
    <message>
        <location filename="../../quizapp/ui/marking.py" line="+225"/>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+380"/>
        <source>Marked: %1</source>
        <translation>Marqué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing marked yet.</source>
        <translation>Rien n’est encore marqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrows move between words, Shift+arrows extend, Space marks or unmarks.</source>
        <translation>Les flèches passent d’un mot à l’autre, Maj+flèches étendent, Espace marque ou démarque.</translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../../quizapp/core/messages/markup.toml" line="+6"/>
        <source>this &apos;{{&apos; is never closed with &apos;}}&apos;</source>
        <translation>cette «&#xa0;{{&#xa0;» n’est jamais fermée par «&#xa0;}}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label &apos;{name}&apos; is given twice</source>
        <translation>l’étiquette «&#xa0;{name}&#xa0;» est donnée deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id is given twice</source>
        <translation>l’identifiant est donné deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; needs a dot to be a label (.{key}) or a value ({key}=...)</source>
        <translation>«&#xa0;{key}&#xa0;» doit avoir un point pour être une étiquette (.{key}) ou une valeur ({key}=...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note is given twice</source>
        <translation>la note est donnée deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is given twice</source>
        <translation>«&#xa0;{key}&#xa0;» est donné deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a span needs at least one label, such as {{.figure}}</source>
        <translation>un passage a besoin d’au moins une étiquette, comme {{.figure}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this quotation mark is never closed</source>
        <translation>ce guillemet n’est jamais fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a [bracketed phrase] must be followed by its labels, such as {{.figure}}; write \[ and \] for brackets that are part of the text</source>
        <translation>un [passage entre crochets] doit être suivi de ses étiquettes, comme {{.figure}}&#xa0;; écrivez \[ et \] pour des crochets qui font partie du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this &apos;[&apos; is never closed with &apos;]{{.label}}&apos;</source>
        <translation>ce «&#xa0;[&#xa0;» n’est jamais fermé par «&#xa0;]{{.label}}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this span has no text in it</source>
        <translation>ce passage ne contient aucun texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a span cannot run across a paragraph break</source>
        <translation>un passage ne peut pas franchir un changement de paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}, column {column}: {message}</source>
        <translation>ligne {line}, colonne {column}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../quizapp/core/messages/wording.toml" line="+6"/>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../quizapp/core/messages/teacher.toml" line="+5"/>
        <source>the current password is not right</source>
        <translation>le mot de passe actuel n’est pas le bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a password of at least {count} characters</source>
        <translation>choisissez un mot de passe d’au moins {count} caractères</translation>
    </message>
</context>
<context>
    <name>PdfController</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/workers.py" line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
</context>
<context>
    <name>PracticeStrip</name>
    <message>
        <location filename="../../quizapp/ui/practice_view.py" line="+61"/>
        <source>Answers today against the daily goal</source>
        <translation>Réponses du jour par rapport à l’objectif quotidien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;End practice</source>
        <translation>&amp;Terminer l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End practice and save this sitting</source>
        <translation>Terminer l’entraînement et enregistrer cette séance</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today: %1 of %2</source>
        <translation>Aujourd’hui&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers today; the daily goal is %2</source>
        <translation>%1 réponses aujourd’hui&#xa0;; l’objectif quotidien est de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Streak: 1 day</source>
        <translation>Série&#xa0;: 1 jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1 days</source>
        <translation>Série&#xa0;: %1 jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weakest skill: not known yet</source>
        <translation>Compétence la plus faible&#xa0;: pas encore connue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weakest skill: %1 (%2)</source>
        <translation>Compétence la plus faible&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due for review: %1</source>
        <translation>À revoir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location line="+28"/>
        <source>Practice for %1</source>
        <translation>Entraînement de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+80"/>
        <source>&amp;Submit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Could not read your progress (%1).</source>
        <translation>Impossible de lire votre progression (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not choose a question (%1).</source>
        <translation>Impossible de choisir une question (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no questions to practise. Import a question set first.</source>
        <translation>Il n’y a aucune question pour s’entraîner. Importez d’abord une série de questions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review · %1</source>
        <translation>Révision · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New · %1</source>
        <translation>Nouvelle · %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit your answer (Ctrl+Enter)</source>
        <translation>Valider votre réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This answer could not be scored: %1</source>
        <translation>Cette réponse n’a pas pu être notée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your answer was not saved (%1). The disk may be full or the bank read-only; your answer is still on screen, try again.</source>
        <translation>Votre réponse n’a pas été enregistrée (%1). Le disque est peut-être plein ou la banque en lecture seule&#xa0;; votre réponse est toujours à l’écran, réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daily goal reached. Well done! Keep going, or end practice.</source>
        <translation>Objectif quotidien atteint. Bravo&#xa0;! Continuez, ou terminez l’entraînement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved. Read the feedback, then go on.</source>
        <translation>Enregistré. Lisez la correction, puis continuez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next question</source>
        <translation>Passer à la question suivante</translation>
    </message>
</context>
<context>
    <name>PrePostView</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/prepost.py" line="+59"/>
        <source>Quiz before</source>
        <translation>Quiz avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz after</source>
        <translation>Quiz après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bef&amp;ore:</source>
        <translation>A&amp;vant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aft&amp;er:</source>
        <translation>A&amp;près&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this comparison to the After quiz&apos;s PDF report</source>
        <translation>Ajouter cette comparaison au rapport PDF du quiz Après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the before and after comparison to the PDF report of the After quiz</source>
        <translation>Ajouter la comparaison avant / après au rapport PDF du quiz Après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gain per student</source>
        <translation>Gain par élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gain per skill</source>
        <translation>Gain par compétence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per student</source>
        <translation>Par élève</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per skill (students in both)</source>
        <translation>Par compétence (élèves présents dans les deux)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gain is after − before, in percentage points. Normalised gain is the share of what could be gained that was gained, (after − before) / (100% − before), or for a drop the share of what could be lost that was lost, (after − before) / before: always between −1 and +1; — when both scores are 0% or both 100%.</source>
        <translation>Le gain est après − avant, en points de pourcentage. Le gain normalisé est la part de ce qui pouvait être gagné qui l’a été, (après − avant) / (100&#xa0;% − avant), ou pour une baisse la part de ce qui pouvait être perdu qui l’a été, (après − avant) / avant&#xa0;: toujours entre −1 et +1&#xa0;; — quand les deux scores valent 0&#xa0;% ou tous deux 100&#xa0;%.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Import the results of two quizzes to compare before and after.</source>
        <translation>Importez les résultats de deux quiz pour comparer avant et après.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 students took both; mean gain %2 points.</source>
        <translation>%1 élèves ont passé les deux&#xa0;; gain moyen de %2 points.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only before: </source>
        <translation>Seulement avant&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only after: </source>
        <translation>Seulement après&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../quizapp/ui/profile_view.py" line="+43"/>
        <source>Who is reading?</source>
        <translation>Qui lit&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick your name, or add it if this is your first time. No password needed.</source>
        <translation>Choisissez votre nom, ou ajoutez-le si c’est votre première fois. Aucun mot de passe n’est nécessaire.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Profiles on this computer:</source>
        <translation>&amp;Profils sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles on this computer</source>
        <translation>Profils sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profiles yet: add your name below.</source>
        <translation>Pas encore de profil&#xa0;: ajoutez votre nom ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue as the selected profile</source>
        <translation>Continuer avec le profil sélectionné</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New profile — &amp;your name:</source>
        <translation>Nouveau profil — &amp;votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First name, or name and initial</source>
        <translation>Prénom, ou nom et initiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new profile</source>
        <translation>Nom du nouveau profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create the new profile and continue</source>
        <translation>Créer le nouveau profil et continuer</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A name may have at most 80 characters.</source>
        <translation>Un nom peut avoir au plus 80 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile could not be saved (%1). Is the disk full?</source>
        <translation>Le profil n’a pas pu être enregistré (%1). Le disque est-il plein&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../quizapp/ui/progress_view.py" line="+59"/>
        <source>Practice progress of %1</source>
        <translation>Progression de l’entraînement de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Progress: %1</source>
        <translation>Progression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> answers</source>
        <translation> réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily goal: answers a day</source>
        <translation>Objectif quotidien&#xa0;: réponses par jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily &amp;goal:</source>
        <translation>&amp;Objectif quotidien&#xa0;:</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No practice yet. Answer a few questions in Practice and your progress shows here.</source>
        <translation>Pas encore d’entraînement. Répondez à quelques questions dans Entraînement et votre progression s’affichera ici.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mastery per skill</source>
        <translation>Maîtrise par compétence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers per day</source>
        <translation>Réponses par jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Practice sessions</source>
        <translation>Séances d’entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice sessions: date, answers, mean score</source>
        <translation>Séances d’entraînement&#xa0;: date, réponses, score moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back to quizzes</source>
        <translation>Retour aux &amp;quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of quizzes</source>
        <translation>Retour à la liste des quiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practise now</source>
        <translation>&amp;S’entraîner maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start practising</source>
        <translation>Commencer à s’entraîner</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>My progress</source>
        <translation>Ma progression</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Today: %1 of %2</source>
        <translation>Aujourd’hui&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Streak: 1 day</source>
        <translation>Série&#xa0;: 1 jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1 days</source>
        <translation>Série&#xa0;: %1 jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mastery shows here after your first answers.</source>
        <translation>La maîtrise s’affiche ici après vos premières réponses.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (likely %2–%3, %4 answers)</source>
        <translation>%1 (probablement %2–%3, %4 réponses)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: mastery %2 percent, likely between %3 and %4 percent, from %5 answers</source>
        <translation>%1&#xa0;: maîtrise de %2 pour cent, probablement entre %3 et %4 pour cent, d’après %5 réponses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practice and quiz answers count, recent ones most. The range narrows as you answer more.</source>
        <translation>Les réponses d’entraînement et de quiz comptent, les plus récentes davantage. La fourchette se resserre à mesure que vous répondez.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The daily goal was not saved (%1).</source>
        <translation>L’objectif quotidien n’a pas été enregistré (%1).</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../quizapp/ui/restore_dialog.py" line="+20"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../quizapp/ui/question_widgets.py" line="-689"/>
        <source>They conflict</source>
        <translation>Ils se contredisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are compatible</source>
        <translation>Ils sont compatibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t tell</source>
        <translation>Impossible à dire</translation>
    </message>
</context>
<context>
    <name>Qti</name>
    <message>
        <location filename="../../quizapp/core/messages/interchange.qti.toml" line="+6"/>
        <source>the package names this file, but it is not in the zip</source>
        <translation>le paquet cite ce fichier, mais il n’est pas dans le zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not well-formed XML ({error})</source>
        <translation>XML mal formé ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an article written by quizapp</source>
        <translation>ce n’est pas un article écrit par quizapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its spans do not nest ({error})</source>
        <translation>ses passages ne s’emboîtent pas ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable package ({error})</source>
        <translation>paquet illisible ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a readable zip file ({error})</source>
        <translation>ce n’est pas un fichier zip lisible ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no resources listed (not a QTI 3 package?)</source>
        <translation>aucune ressource listée (ce n’est pas un paquet QTI 3&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable ({error})</source>
        <translation>illisible ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the package has no items</source>
        <translation>le paquet n’a aucun élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a qti-assessment-item</source>
        <translation>ce n’est pas un qti-assessment-item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this item has no qti-item-body</source>
        <translation>cet élément n’a pas de qti-item-body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quizapp can import only one choice interaction from an item it did not write (this one has {found})</source>
        <translation>quizapp ne peut importer qu’une seule interaction à choix d’un élément qu’il n’a pas écrit (celui-ci a {found})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question {id}: the item&apos;s key does not match its article&apos;s tags</source>
        <translation>question {id}&#xa0;: le corrigé de l’élément ne correspond pas aux balises de son article</translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message>
        <location filename="../../quizapp/core/messages/problems.toml" line="+6"/>
        <source>article &apos;{id}&apos;</source>
        <translation>l’article «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an article</source>
        <translation>un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question &apos;{id}&apos;</source>
        <translation>la question «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a question</source>
        <translation>une question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {kind} question</source>
        <translation>une question de type {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a label</source>
        <translation>une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the question set</source>
        <translation>la série de questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quiz</source>
        <translation>le quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;quiz&apos;</source>
        <translation>«&#xa0;quiz&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exam copy</source>
        <translation>la copie d’examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an excerpt of {where}</source>
        <translation>un extrait de {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an option of {where}</source>
        <translation>une option de {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field &apos;{key}&apos; in {where}; expected one of: {allowed}</source>
        <translation>champ inconnu «&#xa0;{key}&#xa0;» dans {where}&#xa0;; champs possibles&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} needs &apos;{key}&apos;</source>
        <translation>{where}&#xa0;: il manque «&#xa0;{key}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be text</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} is empty</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id &apos;{id}&apos; of {where} may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64, starting with a letter or digit)</source>
        <translation>{where}&#xa0;: l’identifiant «&#xa0;{id}&#xa0;» ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;» (64 au plus, en commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be true or false</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be a number</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be from {low} to {high}, not {value}</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit être compris entre {low} et {high}, et non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be at least {low}, not {value}</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit valoir au moins {low}, et non {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be a list of words</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit être une liste de mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} must be a mapping (key: value)</source>
        <translation>{where} doit être un dictionnaire (clé&#xa0;: valeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; of {where} must be a list</source>
        <translation>{where}&#xa0;: «&#xa0;{key}&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; must be a list</source>
        <translation>«&#xa0;{key}&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{id}&apos; is built in and needs no declaration</source>
        <translation>«&#xa0;{id}&#xa0;» est prédéfinie et n’a pas besoin d’être déclarée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label &apos;{id}&apos; is declared twice</source>
        <translation>l’étiquette «&#xa0;{id}&#xa0;» est déclarée deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;published&apos; of {where} is not a date and time like 2021-03-04T06:10:00+01:00</source>
        <translation>{where}&#xa0;: «&#xa0;published&#xa0;» n’est pas une date et une heure comme 2021-03-04T06:10:00+01:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the text of {where}, column {column}: {problem}</source>
        <translation>dans le texte de {where}, colonne {column}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the text of {where}: {problem}</source>
        <translation>dans le texte de {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown label &apos;{label}&apos; in {where}; use one of {known} or declare it under &apos;labels&apos;</source>
        <translation>étiquette inconnue «&#xa0;{label}&#xa0;» dans {where}&#xa0;; utilisez {known} ou déclarez-la sous «&#xa0;labels&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text of {where} is empty</source>
        <translation>le texte de {where} est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} refers to unknown article &apos;{id}&apos;</source>
        <translation>{where} renvoie à un article inconnu, «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;paragraphs&apos; of {where} must be [first, last], e.g. [1, 2]</source>
        <translation>{where}&#xa0;: «&#xa0;paragraphs&#xa0;» doit être [premier, dernier], par exemple [1, 2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} asks for paragraphs {first} to {last} of article &apos;{id}&apos;, which has {count} paragraphs</source>
        <translation>{where} demande les paragraphes {first} à {last} de l’article «&#xa0;{id}&#xa0;», qui en a {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} asks for paragraphs {first} to {last} of article &apos;{id}&apos;, which has 1 paragraph</source>
        <translation>{where} demande les paragraphes {first} à {last} de l’article «&#xa0;{id}&#xa0;», qui n’en a qu’un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paragraphs of {where} are out of order: {first} comes after {last}</source>
        <translation>{where}&#xa0;: les paragraphes sont dans le désordre, {first} vient après {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} has no option marked &apos;correct: true&apos;</source>
        <translation>{where} n’a aucune option marquée «&#xa0;correct: true&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} has unknown type &apos;{kind}&apos;; use one of {types}</source>
        <translation>{where} a un type inconnu, «&#xa0;{kind}&#xa0;»&#xa0;; utilisez {types}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;difficulty&apos; of {where} must be 1, 2 or 3</source>
        <translation>{where}&#xa0;: «&#xa0;difficulty&#xa0;» doit valoir 1, 2 ou 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} has both &apos;excerpt&apos; and &apos;excerpts&apos;</source>
        <translation>{where} a à la fois «&#xa0;excerpt&#xa0;» et «&#xa0;excerpts&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} needs an &apos;excerpt&apos; (or &apos;excerpts&apos;) to show</source>
        <translation>{where}&#xa0;: il manque un «&#xa0;excerpt&#xa0;» (ou des «&#xa0;excerpts&#xa0;») à montrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} compares at least two excerpts</source>
        <translation>{where} compare au moins deux extraits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} needs &apos;targets&apos;: the labels that form the key</source>
        <translation>{where}&#xa0;: il manque «&#xa0;targets&#xa0;», les étiquettes qui forment le corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} targets unknown label &apos;{label}&apos;</source>
        <translation>{where} vise une étiquette inconnue, «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} needs at least two options</source>
        <translation>{where}&#xa0;: il faut au moins deux options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} has several correct options; add &apos;multiple: true&apos; or keep one</source>
        <translation>{where} a plusieurs options justes&#xa0;; ajoutez «&#xa0;multiple: true&#xa0;» ou n’en gardez qu’une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verdict of {where} must be one of {verdicts}, not &apos;{verdict}&apos;</source>
        <translation>{where}&#xa0;: le verdict doit être {verdicts}, et non «&#xa0;{verdict}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} has no {what} span in its excerpt: nothing to find</source>
        <translation>{where} n’a aucun passage étiqueté {what} dans son extrait&#xa0;: rien à trouver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}</source>
        <translation>«&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speculation</source>
        <translation>spéculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconfirmed</source>
        <translation>attribution non confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{before} and {after}</source>
        <translation>{before} et {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (quantity={quantity})</source>
        <translation>{what} pour la quantité «&#xa0;{quantity}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a classify question has &apos;phrases&apos;</source>
        <translation>seule une question de classement a des «&#xa0;phrases&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} needs &apos;phrases&apos;: the phrases to label (at most 500)</source>
        <translation>{where}&#xa0;: il manque «&#xa0;phrases&#xa0;», les passages à étiqueter (500 au plus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phrase of {where} must be [excerpt, start, end]</source>
        <translation>{where}&#xa0;: un passage doit être [extrait, début, fin]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a phrase of {where} lies outside its excerpt: {item}</source>
        <translation>{where}&#xa0;: un passage sort de son extrait&#xa0;: {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} lists unknown question &apos;{id}&apos;</source>
        <translation>{where} cite une question inconnue, «&#xa0;{id}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} has no questions</source>
        <translation>{where} n’a aucune question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;draw&apos; must map a skill to a number</source>
        <translation>«&#xa0;draw&#xa0;» doit associer un nombre à chaque compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;draw&apos; for &apos;{skill}&apos; must be a whole number above 0</source>
        <translation>«&#xa0;draw&#xa0;» pour «&#xa0;{skill}&#xa0;» doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} draws {count} &apos;{skill}&apos; questions but only {available} are available</source>
        <translation>{where} tire {count} questions «&#xa0;{skill}&#xa0;», mais seules {available} sont disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;feedback&apos; must be &apos;immediate&apos; or &apos;end&apos;</source>
        <translation>«&#xa0;feedback&#xa0;» doit valoir «&#xa0;immediate&#xa0;» ou «&#xa0;end&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;time_limit&apos; must be above 0 minutes</source>
        <translation>«&#xa0;time_limit&#xa0;» doit être supérieur à 0&#xa0;minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exam copy holds no key, so its feedback must be &apos;end&apos;</source>
        <translation>une copie d’examen ne contient pas le corrigé&#xa0;: son retour doit donc valoir «&#xa0;end&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a question file must be a mapping that starts with &apos;quizapp: 1&apos;</source>
        <translation>un fichier de questions doit être un dictionnaire qui commence par «&#xa0;quizapp: 1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam copy format {version} is not supported; this program reads version {supported}: update quizapp</source>
        <translation>le format de copie d’examen {version} n’est pas pris en charge&#xa0;; ce programme lit la version {supported}&#xa0;: mettez quizapp à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed &apos;source_fingerprint&apos;</source>
        <translation>«&#xa0;source_fingerprint&#xa0;» mal formé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exam copy needs its &apos;quiz&apos; settings</source>
        <translation>une copie d’examen a besoin de ses réglages «&#xa0;quiz&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file must start with &apos;quizapp: {version}&apos; (the format version)</source>
        <translation>le fichier doit commencer par «&#xa0;quizapp: {version}&#xa0;» (la version du format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format version {version} is not supported; this program reads version {supported}</source>
        <translation>la version de format {version} n’est pas prise en charge&#xa0;; ce programme lit la version {supported}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exam copy holds no tagged spans (article &apos;{id}&apos;)</source>
        <translation>une copie d’examen ne contient aucun passage balisé (article «&#xa0;{id}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article id &apos;{id}&apos; is used twice</source>
        <translation>l’identifiant d’article «&#xa0;{id}&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the question set needs a non-empty list of &apos;questions&apos;</source>
        <translation>la série de questions a besoin d’une liste «&#xa0;questions&#xa0;» non vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question id &apos;{id}&apos; is used twice</source>
        <translation>l’identifiant de question «&#xa0;{id}&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be used</source>
        <translation>le fichier est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text cannot be used</source>
        <translation>le texte est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file, or no question files in the folder</source>
        <translation>fichier introuvable, ou aucun fichier de questions dans le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set id &apos;{id}&apos; is also used by {other}</source>
        <translation>l’identifiant de série «&#xa0;{id}&#xa0;» est aussi utilisé par {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable question</source>
        <translation>question illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable set</source>
        <translation>série illisible</translation>
    </message>
</context>
<context>
    <name>QuestionStatsModel</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/grid_model.py" line="+233"/>
        <source>Question number</source>
        <translation>Numéro de la question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question&apos;s id and prompt</source>
        <translation>L’identifiant et la consigne de la question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students who were asked it</source>
        <translation>Élèves à qui elle a été posée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility: the class&apos;s mean score (low: hard, high: easy)</source>
        <translation>Facilité&#xa0;: le score moyen de la classe (bas&#xa0;: difficile, haut&#xa0;: facile)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discrimination: point-biserial correlation with the score on the other questions (above 0.3 is good; near 0 or negative: check the key)</source>
        <translation>Discrimination&#xa0;: corrélation bisériale de point avec le score aux autres questions (au-dessus de 0,3, c’est bien&#xa0;; près de 0 ou négative&#xa0;: vérifiez le corrigé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discrimination: mean score of the top 27% minus the bottom 27%</source>
        <translation>Discrimination&#xa0;: score moyen des 27&#xa0;% les meilleurs moins celui des 27&#xa0;% les plus faibles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key phrases found</source>
        <translation>Expressions du corrigé trouvées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many students found each key phrase</source>
        <translation>Combien d’élèves ont trouvé chaque expression du corrigé</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>‘%1’: found by %2 of %3</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: trouvée par %2 sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be computed: fewer than three students, or everyone scored the same.</source>
        <translation>Ne peut pas être calculée&#xa0;: moins de trois élèves, ou tout le monde a eu le même score.</translation>
    </message>
</context>
<context>
    <name>QuizListView</name>
    <message>
        <location filename="../../quizapp/ui/quiz_list_view.py" line="+51"/>
        <location line="+50"/>
        <source>Quizzes</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your last score</source>
        <translation>Votre dernier score</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>About the selected quiz</source>
        <translation>À propos du quiz sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no quizzes in this bank yet. Ask your teacher for a quiz file.</source>
        <translation>Il n’y a encore aucun quiz dans cette banque. Demandez un fichier de quiz à votre enseignant.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>S&amp;witch profile</source>
        <translation>Changer de &amp;profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch to another profile</source>
        <translation>Passer à un autre profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start quiz</source>
        <translation>&amp;Commencer le quiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the selected quiz</source>
        <translation>Commencer le quiz sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Practise</source>
        <translation>&amp;S’entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise: questions you missed come back, weakest skill first</source>
        <translation>S’entraîner&#xa0;: les questions manquées reviennent, la compétence la plus faible d’abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My p&amp;rogress</source>
        <translation>Ma p&amp;rogression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show my progress over time</source>
        <translation>Voir ma progression au fil du temps</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hello, %1. Choose a quiz and press Start (or Enter).</source>
        <translation>Bonjour, %1. Choisissez un quiz et appuyez sur Commencer (ou Entrée).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not taken</source>
        <translation>pas encore passé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done (your teacher scores it)</source>
        <translation>fait (votre enseignant le note)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (in progress)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
</context>
<context>
    <name>QuizRunner</name>
    <message>
        <location filename="../../quizapp/ui/runner.py" line="+103"/>
        <source>Questions answered</source>
        <translation>Questions répondues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m answered</source>
        <translation>%v sur %m répondues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back to quizzes</source>
        <translation>Retour aux &amp;quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of quizzes; this quiz can be resumed later</source>
        <translation>Retour à la liste des quiz&#xa0;; ce quiz pourra être repris plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Look at the previous question again</source>
        <translation>Revoir la question précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+84"/>
        <source>&amp;Submit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Quiz: %1</source>
        <translation>Quiz&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Submit your answer (Ctrl+Enter)</source>
        <translation>Valider votre réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered: this is your answer and its feedback.</source>
        <translation>Répondue&#xa0;: voici votre réponse et sa correction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered and saved. You will see the feedback at the end.</source>
        <translation>Répondue et enregistrée. Vous verrez la correction à la fin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next question</source>
        <translation>Passer à la question suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish the quiz, see results</source>
        <translation>Terminer le quiz, voir les résultats</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submit without an answer?</source>
        <translation>Valider sans réponse&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not answered this question yet. Submit it anyway?</source>
        <translation>Vous n’avez pas encore répondu à cette question. La valider quand même&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit anyway</source>
        <translation>Valider quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer not accepted</source>
        <translation>Réponse non acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This answer could not be scored: %1</source>
        <translation>Cette réponse n’a pas pu être notée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. Read the feedback, then go on.</source>
        <translation>Enregistré. Lisez la correction, puis continuez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. You will see the feedback at the end.</source>
        <translation>Enregistré. Vous verrez la correction à la fin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your answer was not saved</source>
        <translation>Votre réponse n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quizapp could not save your answer (%1). The disk may be full, or the bank file may be read-only.

Your answer is still on screen: free some space or ask your teacher, then try again.</source>
        <translation>quizapp n’a pas pu enregistrer votre réponse (%1). Le disque est peut-être plein, ou le fichier de la banque en lecture seule.

Votre réponse est toujours à l’écran&#xa0;: libérez de la place ou demandez à votre enseignant, puis réessayez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave this quiz?</source>
        <translation>Quitter ce quiz&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your submitted answers are saved. You can resume this quiz later from the list of quizzes, or the next time you open quizapp.</source>
        <translation>Vos réponses validées sont enregistrées. Vous pourrez reprendre ce quiz plus tard depuis la liste des quiz, ou au prochain démarrage de quizapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Regrade</name>
    <message>
        <location filename="../../quizapp/core/messages/grading.toml" line="+6"/>
        <source>Regraded {attempts} of &apos;{set_id}&apos; ({answers}): would change {changes} in {changed_attempts}.</source>
        <translation>Nouvelle notation de {attempts} de «&#xa0;{set_id}&#xa0;» ({answers}) — à changer&#xa0;: {changes} dans {changed_attempts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regraded {attempts} of &apos;{set_id}&apos; ({answers}): changed {changes} in {changed_attempts}.</source>
        <translation>Nouvelle notation de {attempts} de «&#xa0;{set_id}&#xa0;» ({answers}) — changement&#xa0;: {changes} dans {changed_attempts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} attempt</source>
        <translation>{count} tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} attempts</source>
        <translation>{count} tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} answer</source>
        <translation>{count} réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} answers</source>
        <translation>{count} réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{student} · {question}: the question is no longer in the quiz; its points are kept</source>
        <translation>{student} · {question}&#xa0;: la question n’est plus dans le quiz&#xa0;; ses points sont gardés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{student} · {question}: the answer no longer fits the question ({error}); its points are kept</source>
        <translation>{student} · {question}&#xa0;: la réponse ne convient plus à la question ({error})&#xa0;; ses points sont gardés</translation>
    </message>
</context>
<context>
    <name>RegradeDialog</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/regrade_dialog.py" line="+21"/>
        <source>Regrade %1</source>
        <translation>Recorriger %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Scoring every stored answer again with the current key would change %1 answers in %2 attempts (of %3). Apply to write the new points.</source>
        <translation>Noter de nouveau chaque réponse enregistrée avec le corrigé actuel changerait %1 réponses dans %2 tentatives (sur %3). Appliquez pour écrire les nouveaux points.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring every stored answer again with the current key changes nothing (%1 answers in %2 attempts).</source>
        <translation>Noter de nouveau chaque réponse enregistrée avec le corrigé actuel ne change rien (%1 réponses dans %2 tentatives).</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points now</source>
        <translation>Points actuels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../quizapp/ui/restore_dialog.py" line="+11"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the backup to put back. The bank as it is now is kept aside, not deleted, and quizapp opens the restored bank at once. Answers given since the backup was made are not in it.</source>
        <translation>Choisissez la sauvegarde à remettre en place. La banque dans son état actuel est mise de côté, pas supprimée, et quizapp ouvre aussitôt la banque restaurée. Les réponses données depuis la sauvegarde n’y sont pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>damaged: %1</source>
        <translation>endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>There are no backups of this bank yet.</source>
        <translation>Il n’y a encore aucune sauvegarde de cette banque.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../quizapp/core/messages/handin.toml" line="+7"/>
        <source>cannot be read ({error})</source>
        <translation>le fichier est illisible ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to be a results file (over {kb} kB)</source>
        <translation>le fichier est trop gros pour un fichier de résultats (plus de {kb}&#xa0;ko)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet {byte})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large to be a results file</source>
        <translation>le fichier est trop gros pour un fichier de résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is nested too deeply to be a results file</source>
        <translation>le fichier est trop imbriqué pour un fichier de résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is damaged: not valid JSON{where}: {detail}</source>
        <translation>le fichier est abîmé&#xa0;: JSON non valide{where}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (line {line})</source>
        <translation> (ligne {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer {number}: </source>
        <translation>réponse {number}&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; must be text, not {kind}</source>
        <translation>{where}«&#xa0;{key}&#xa0;» doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; is longer than {limit} characters</source>
        <translation>{where}«&#xa0;{key}&#xa0;» dépasse {limit} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; is not a valid id: {value}</source>
        <translation>{where}«&#xa0;{key}&#xa0;» n’est pas un identifiant valide&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; is not a date and time: {value}</source>
        <translation>{where}«&#xa0;{key}&#xa0;» n’est pas une date et une heure&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; must be a number, not {kind}</source>
        <translation>{where}«&#xa0;{key}&#xa0;» doit être un nombre, pas {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; is out of range: {value}</source>
        <translation>{where}«&#xa0;{key}&#xa0;» est hors limites&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;response&apos; must be an object, not {kind}</source>
        <translation>{where}«&#xa0;response&#xa0;» doit être un objet, pas {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;response&apos; has unknown keys: {keys}</source>
        <translation>{where}«&#xa0;response&#xa0;» a des clés inconnues&#xa0;: {keys}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;marks&apos; must be a list of at most {most} marks</source>
        <translation>{where}«&#xa0;marks&#xa0;» doit être une liste d’au plus {most} marques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}a mark must be three whole numbers, not {mark}</source>
        <translation>{where}une marque doit être trois nombres entiers, pas {mark}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;{key}&apos; must be a list of option numbers</source>
        <translation>{where}«&#xa0;{key}&#xa0;» doit être une liste de numéros d’options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;verdict&apos; must be text</source>
        <translation>{where}«&#xa0;verdict&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;labels&apos; must map span numbers to labels</source>
        <translation>{where}«&#xa0;labels&#xa0;» doit associer des étiquettes à des numéros de passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;labels&apos; has the key {key}; keys must be span numbers</source>
        <translation>{where}«&#xa0;labels&#xa0;» a la clé {key}&#xa0;; les clés doivent être des numéros de passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}the label of span {key} must be text</source>
        <translation>{where}l’étiquette du passage {key} doit être du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a results file (it holds {kind}, not an object)</source>
        <translation>ce n’est pas un fichier de résultats (il contient {kind}, pas un objet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a quizapp results file (no &apos;format&apos;: &apos;quizapp-results&apos;)</source>
        <translation>ce n’est pas un fichier de résultats quizapp (pas de «&#xa0;&apos;format&apos;: &apos;quizapp-results&apos;&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no format version</source>
        <translation>le fichier n’a pas de version de format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was written by a newer quizapp (results format {version}); this program reads format {supported}: update quizapp to import it</source>
        <translation>le fichier a été écrit par un quizapp plus récent (format de résultats {version})&#xa0;; ce programme lit le format {supported}&#xa0;: mettez quizapp à jour pour l’importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has an unknown results format version {version}</source>
        <translation>le fichier a une version de format de résultats inconnue, {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no student name (&apos;profile&apos; is empty)</source>
        <translation>le fichier n’a pas de nom d’élève («&#xa0;profile&#xa0;» est vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a student name longer than {most} characters</source>
        <translation>le nom d’élève du fichier dépasse {most} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has control characters in the student name</source>
        <translation>le nom d’élève contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a malformed quiz fingerprint: {value}</source>
        <translation>l’empreinte du quiz est mal formée&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;question_ids&apos; must be a list of at most {most} ids</source>
        <translation>«&#xa0;question_ids&#xa0;» doit être une liste d’au plus {most} identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;question_ids&apos; holds an invalid id: {id}</source>
        <translation>«&#xa0;question_ids&#xa0;» contient un identifiant non valide&#xa0;: {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;question_ids&apos; names a question twice</source>
        <translation>«&#xa0;question_ids&#xa0;» cite une question deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;responses&apos; must be a list of at most {most} answers</source>
        <translation>«&#xa0;responses&#xa0;» doit être une liste d’au plus {most} réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}must be an object, not {kind}</source>
        <translation>{where}doit être un objet, pas {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}question {id} is answered twice</source>
        <translation>{where}la question {id} a deux réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}question {id} is not one of the quiz&apos;s questions</source>
        <translation>{where}la question {id} n’est pas une question du quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}&apos;position&apos; must be a whole number</source>
        <translation>{where}«&#xa0;position&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a malformed roster code: {code}</source>
        <translation>le code de liste de classe est mal formé&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a malformed MAC (it must be 64 hexadecimal digits)</source>
        <translation>le MAC est mal formé (il doit avoir 64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has unknown fields: {fields}</source>
        <translation>le fichier a des champs inconnus&#xa0;: {fields}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="+131"/>
        <location line="+47"/>
        <source>By skill</source>
        <translation>Par compétence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Figure&lt;/b&gt;: noticing numbers that differ between reports or over time. &lt;b&gt;Speculation&lt;/b&gt;: telling guesses and predictions from facts. &lt;b&gt;Unconfirmed attribution&lt;/b&gt;: noticing claims that rest on unnamed, early or second-hand sources.</source>
        <translation>&lt;b&gt;Chiffre&lt;/b&gt;&#xa0;: remarquer les nombres qui diffèrent d’un article à l’autre ou dans le temps. &lt;b&gt;Spéculation&lt;/b&gt;&#xa0;: distinguer les suppositions et les prévisions des faits. &lt;b&gt;Attribution non confirmée&lt;/b&gt;&#xa0;: remarquer les affirmations qui reposent sur des sources anonymes, précoces ou de seconde main.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Review your answers</source>
        <translation>Revoir vos réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a question (double-click or Enter) to see your answer against the key.</source>
        <translation>Ouvrez une question (double-clic ou Entrée) pour comparer votre réponse au corrigé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions of this quiz, with your points</source>
        <translation>Questions de ce quiz, avec vos points</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open question</source>
        <translation>&amp;Ouvrir la question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected question for review</source>
        <translation>Ouvrir la question sélectionnée pour la revoir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Back to quizzes</source>
        <translation>Retour aux &amp;quiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the list of quizzes</source>
        <translation>Retour à la liste des quiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &amp;again</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this quiz again</source>
        <translation>Repasser ce quiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save results file…</source>
        <translation>Enregistrer &amp;le fichier de résultats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a results file to hand in to your teacher</source>
        <translation>Enregistrer un fichier de résultats à remettre à votre enseignant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your score: %1 percent</source>
        <translation>Votre score&#xa0;: %1 pour cent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 points over %3 questions; each question counts the same.</source>
        <translation>%1 points sur %2 pour %3 questions&#xa0;; chaque question compte autant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passed (the pass mark is %1%).</source>
        <translation>Réussi (le seuil de réussite est de %1&#xa0;%).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed yet (the pass mark is %1%).</source>
        <translation>Pas encore réussi (le seuil de réussite est de %1&#xa0;%).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time ran out: your answers so far were submitted.</source>
        <translation>Temps écoulé&#xa0;: vos réponses jusqu’ici ont été validées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 question(s) were not answered and count as zero.</source>
        <translation>%1 question(s) sans réponse, comptée(s) zéro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz done</source>
        <translation>Quiz terminé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You answered %1 of %2 questions. Your teacher scores this quiz: save the results file and hand it in.</source>
        <translation>Vous avez répondu à %1 questions sur %2. C’est votre enseignant qui note ce quiz&#xa0;: enregistrez le fichier de résultats et remettez-le.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location line="-268"/>
        <source>Question %1 — review</source>
        <translation>Question %1 — revue</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You did not answer this question. Here is the key.</source>
        <translation>Vous n’avez pas répondu à cette question. Voici le corrigé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question and feedback</source>
        <translation>Question et correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the review</source>
        <translation>Fermer la revue</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../../quizapp/core/messages/scoring.toml" line="+6"/>
        <source>the figures conflict</source>
        <translation>les chiffres se contredisent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the figures are compatible</source>
        <translation>les chiffres sont compatibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cannot tell from these reports</source>
        <translation>ces articles ne permettent pas de trancher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos;</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{quote} ({labels})</source>
        <translation>{quote} ({labels})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found: {head}.</source>
        <translation>Trouvé&#xa0;: {head}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found: {head} — you marked its core, {core}.</source>
        <translation>Trouvé&#xa0;: {head} — vous en avez marqué l’essentiel, {core}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed: {head}.</source>
        <translation>Manqué&#xa0;: {head}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed: {head} — your marks cover nearly the whole excerpt; mark only the phrases asked for.</source>
        <translation>Manqué&#xa0;: {head} — vos marques couvrent presque tout l’extrait&#xa0;; marquez seulement les passages demandés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed: {head} — mark exactly these words.</source>
        <translation>Manqué&#xa0;: {head} — marquez exactement ces mots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed: {head} — you marked {covered} of its {total} words; mark at least half.</source>
        <translation>Manqué&#xa0;: {head} — vous avez marqué {covered} de ses {total} mots&#xa0;; marquez-en au moins la moitié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed: {head} — you marked {covered} of its {total} words; mark at least half, or all of {core}.</source>
        <translation>Manqué&#xa0;: {head} — vous avez marqué {covered} de ses {total} mots&#xa0;; marquez-en au moins la moitié, ou bien tout {core}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed: {head} — your mark reached too far beyond it.</source>
        <translation>Manqué&#xa0;: {head} — votre marque déborde trop loin au-delà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the key: {quote}{end}</source>
        <translation>Hors du corrigé&#xa0;: {quote}{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the key: {quote} — it counts {counts}, not {wanted}.</source>
        <translation>Hors du corrigé&#xa0;: {quote} — cela compte «&#xa0;{counts}&#xa0;», pas «&#xa0;{wanted}&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the key: {quote} — it is {labels}, not {targets}.</source>
        <translation>Hors du corrigé&#xa0;: {quote} — c’est {labels}, pas {targets}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It costs {points} point.</source>
        <translation>Cela coûte {points}&#xa0;point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It costs {points} points.</source>
        <translation>Cela coûte {points}&#xa0;points.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items} and {last}</source>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items} or {last}</source>
        <translation>{items} ou {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right: {quote}{end}</source>
        <translation>Juste&#xa0;: {quote}{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not right: {quote}{end}</source>
        <translation>Faux&#xa0;: {quote}{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right, but not chosen: {quote}{end}</source>
        <translation>Juste, mais non choisi&#xa0;: {quote}{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial credit</source>
        <translation>Points partiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {right_chosen} right pick of {right}, {wrong_chosen} wrong: ({right_chosen} − {wrong_chosen}) ÷ {right} = {credit}{floor}.</source>
        <translation>{what}&#xa0;: {right_chosen} bon choix sur {right}, {wrong_chosen} mauvais&#xa0;: ({right_chosen} − {wrong_chosen}) ÷ {right} = {credit}{floor}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {right_chosen} right picks of {right}, {wrong_chosen} wrong: ({right_chosen} − {wrong_chosen}) ÷ {right} = {credit}{floor}.</source>
        <translation>{what}&#xa0;: {right_chosen} bons choix sur {right}, {wrong_chosen} mauvais&#xa0;: ({right_chosen} − {wrong_chosen}) ÷ {right} = {credit}{floor}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (never below 0)</source>
        <translation> (jamais moins de 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No marks given.</source>
        <translation>Aucune marque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer given.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No labels given.</source>
        <translation>Aucune étiquette donnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: not given; {expected}.</source>
        <translation>Verdict&#xa0;: non donné&#xa0;; {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: right, {expected}.</source>
        <translation>Verdict&#xa0;: juste, {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: you said {given}; {expected}.</source>
        <translation>Verdict&#xa0;: vous avez répondu {given}&#xa0;; {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{quote}: right, it is {expected}.</source>
        <translation>{quote}&#xa0;: juste, c’est {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{quote}: not labelled; it is {expected}.</source>
        <translation>{quote}&#xa0;: sans étiquette&#xa0;; c’est {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{quote}: you called this {given}; it is {expected}.</source>
        <translation>{quote}&#xa0;: vous y avez vu {given}&#xa0;; c’est {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{points} of {max_points} points</source>
        <translation>{points} points sur {max_points}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your teacher scores this answer.</source>
        <translation>Votre enseignant note cette réponse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the core {core} has no words</source>
        <translation>le noyau {core} n’a aucun mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the core {core} is not part of the span {span}</source>
        <translation>le noyau {core} ne fait pas partie du passage {span}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speculation</source>
        <translation>spéculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unconfirmed attribution</source>
        <translation>attribution non confirmée</translation>
    </message>
</context>
<context>
    <name>ScoringItIs</name>
    <message>
        <location line="+45"/>
        <source>a figure</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speculation</source>
        <translation>une spéculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unconfirmed attribution</source>
        <translation>une attribution non confirmée</translation>
    </message>
</context>
<context>
    <name>SkillChart</name>
    <message>
        <location filename="../../quizapp/ui/skill_chart.py" line="+31"/>
        <source>Chart of your score per skill</source>
        <translation>Graphique de votre score par compétence</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>SpanModel</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/grid_model.py" line="+19"/>
        <source>Key phrase</source>
        <translation>Expression du corrigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Trouvée par</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../quizapp/core/messages/bank.writes.toml" line="+6"/>
        <source>The disk is full: this change was not saved{where}. Free some space and try again. Everything saved before is safe.</source>
        <translation>Le disque est plein&#xa0;: cette modification n’a pas été enregistrée{where}. Libérez de la place et réessayez. Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank file is read-only: this change was not saved{where}. Ask for write access, or use another bank file. Everything saved before is safe.</source>
        <translation>Le fichier de la banque est en lecture seule&#xa0;: cette modification n’a pas été enregistrée{where}. Demandez le droit d’écriture, ou utilisez un autre fichier de banque. Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank is busy in another quizapp program: this change was not saved{where}. Try again in a moment. Everything saved before is safe.</source>
        <translation>La banque est occupée par un autre programme quizapp&#xa0;: cette modification n’a pas été enregistrée{where}. Réessayez dans un instant. Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank file is damaged: this change was not saved{where}. Close quizapp and open it again to repair it from a backup.</source>
        <translation>Le fichier de la banque est abîmé&#xa0;: cette modification n’a pas été enregistrée{where}. Fermez quizapp et rouvrez-le pour la réparer à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank could not be written ({error}): this change was not saved{where}. Everything saved before is safe.</source>
        <translation>Impossible d’écrire dans la banque ({error})&#xa0;: cette modification n’a pas été enregistrée{where}. Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/bank.base.toml" line="+5"/>
        <source>cannot create the folder for the bank {path}: {error}</source>
        <translation>impossible de créer le dossier de la banque {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot upgrade the bank {path}: {error}. It was left as it was.</source>
        <translation>impossible de mettre à jour la banque {path}&#xa0;: {error}. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/safety.toml" line="+6"/>
        <source>The bank {path} is damaged: {problem}.</source>
        <translation>La banque {path} est abîmée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was moved aside to {moved_to}; nothing was deleted.</source>
        <translation>Elle a été mise de côté dans {moved_to}&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank {path} is open in another quizapp window{who}. Close that window first, then try again.</source>
        <translation>La banque {path} est ouverte dans une autre fenêtre de quizapp{who}. Fermez d’abord cette fenêtre, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the bank {path}: {error}</source>
        <translation>impossible de lire la banque {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0&#xa0;octet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a text file, not a quizapp bank</source>
        <translation>c’est un fichier texte, pas une banque quizapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a SQLite database (its first bytes are wrong)</source>
        <translation>ce n’est pas une base SQLite (ses premiers octets sont faux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is cut short ({size} bytes)</source>
        <translation>le fichier est tronqué ({size}&#xa0;octets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its header is damaged (impossible page size)</source>
        <translation>son en-tête est abîmé (taille de page impossible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a SQLite database but not a quizapp bank, so quizapp left it alone. Choose another file with --db.</source>
        <translation>{path} est une base SQLite mais pas une banque quizapp, quizapp n’y a donc pas touché. Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite cannot read it ({error})</source>
        <translation>SQLite ne peut pas le lire ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the bank {path}: {error}. Nothing was changed.</source>
        <translation>impossible d’ouvrir la banque {path}&#xa0;: {error}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no bank at {path}</source>
        <translation>il n’y a pas de banque à l’emplacement {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write a backup of {path} into {folder}: {error}</source>
        <translation>impossible d’écrire une sauvegarde de {path} dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full: no backup of {path} could be made</source>
        <translation>le disque est plein&#xa0;: aucune sauvegarde de {path} n’a pu être faite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot make a backup of {path}: {error}</source>
        <translation>impossible de faire une sauvegarde de {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup {path} cannot be used: {problem}. Nothing was changed.</source>
        <translation>la sauvegarde {path} est inutilisable&#xa0;: {problem}. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>StudentGridModel</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/grid_model.py" line="-256"/>
        <source>handed in as %1</source>
        <translation>rendu sous le nom %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken on this computer</source>
        <translation>passé sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚑ Taken on another version of the quiz; scored with the current key.</source>
        <translation>⚑ Passé sur une autre version du quiz&#xa0;; noté avec le corrigé actuel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: finished %2, %3.</source>
        <translation>%1&#xa0;: terminé le %2, %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 overall (each question weighs the same)</source>
        <translation>%1&#xa0;: %2 au total (chaque question pèse autant)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not asked</source>
        <translation>%1&#xa0;: non posée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not answered (0%)</source>
        <translation>%1&#xa0;: sans réponse (0&#xa0;%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3 points (%4)</source>
        <translation>%1&#xa0;: %2 sur %3 points (%4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student (⚑: another version of the quiz)</source>
        <translation>Élève (⚑&#xa0;: autre version du quiz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total: the mean of the student&apos;s question scores</source>
        <translation>Total&#xa0;: la moyenne des scores de l’élève aux questions</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../quizapp/ui/studio/interchange.py" line="-63"/>
        <source>QTI 3.0 package (Canvas, Blackboard, …)</source>
        <translation>Paquet QTI 3.0 (Canvas, Blackboard, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>QTI packages (*.zip)</source>
        <translation>Paquets QTI (*.zip)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Moodle XML</source>
        <translation>Moodle XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moodle XML (*.xml)</source>
        <translation>Moodle XML (*.xml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIFT (Moodle text)</source>
        <translation>GIFT (texte Moodle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT files (*.txt *.gift)</source>
        <translation>Fichiers GIFT (*.txt *.gift)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>H5P Mark the Words (highlight questions)</source>
        <translation>H5P Mark the Words (questions de surlignage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H5P files (*.h5p)</source>
        <translation>Fichiers H5P (*.h5p)</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message>
        <location filename="../../quizapp/core/messages/suggest.reasons.toml" line="+6"/>
        <source>{kind} &apos;{phrase}&apos;: {why}</source>
        <translation>{kind} «&#xa0;{phrase}&#xa0;»&#xa0;: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open question: the report asks what nobody knows yet; the answer is a guess</source>
        <translation>question ouverte&#xa0;: l’article pose une question dont personne ne connaît encore la réponse&#xa0;; toute réponse est une supposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditional &apos;would&apos;: what would follow if something were true, not a fact</source>
        <translation>conditionnel «&#xa0;would&#xa0;»&#xa0;: ce qui arriverait si quelque chose était vrai, pas un fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this report passes on what {outlet} said, without its own confirmation</source>
        <translation>l’article relaie ce qu’a dit {outlet}, sans le confirmer lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a journalist of {outlet} reports it: this report passes on what {outlet} said, without its own confirmation</source>
        <translation>un journaliste de {outlet} le rapporte&#xa0;; l’article relaie ce qu’a dit {outlet}, sans le confirmer lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline states as fact what the report attributes to &apos;{source}&apos;: the body does not confirm it</source>
        <translation>le titre présente comme un fait ce que l’article attribue à «&#xa0;{source}&#xa0;»&#xa0;: le corps du texte ne le confirme pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; {note}</source>
        <translation>{reason}&#xa0;; {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure: {description} {words} → {interval}</source>
        <translation>chiffre&#xa0;: «&#xa0;{description}&#xa0;», {words} → {interval}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;about&apos; read as ±{percent}%</source>
        <translation>«&#xa0;about&#xa0;» lu comme ±{percent}&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of a larger total</source>
        <translation>une partie d’un total plus grand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of a larger total ({scope})</source>
        <translation>une partie d’un total plus grand ({scope})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counted for {scope}</source>
        <translation>compté pour «&#xa0;{scope}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {scope}, not the main event</source>
        <translation>concerne «&#xa0;{scope}&#xa0;», pas l’événement principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>says who is counted, not what happened to them</source>
        <translation>dit qui est compté, pas ce qui leur est arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a feared or expected figure, not a count</source>
        <translation>un chiffre redouté ou attendu, pas un décompte</translation>
    </message>
</context>
<context>
    <name>SuggestCompare</name>
    <message>
        <location line="+6"/>
        <source>{figure} (exact)</source>
        <translation>«&#xa0;{figure}&#xa0;» (exact)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{figure}</source>
        <translation>«&#xa0;{figure}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} and {b}</source>
        <translation>{a} et {b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: {a} and {b} overlap</source>
        <translation>&#xa0;: {a} et {b} se recoupent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({a} and {b} do not overlap)</source>
        <translation> ({a} et {b} ne se recoupent pas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figures} can both be right{overlap}</source>
        <translation>{figures} peuvent être justes tous les deux{overlap}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reports agree</source>
        <translation>les articles concordent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figures} differ{overlap}, but this is an update, not a contradiction: the count went up from {lower} to {higher} as news came in, and {why}</source>
        <translation>{figures} diffèrent{overlap}, mais c’est une mise à jour, pas une contradiction&#xa0;: le décompte est passé de «&#xa0;{lower}&#xa0;» à «&#xa0;{higher}&#xa0;» à mesure que les informations arrivaient, et {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report gives it as a rise (&apos;{cue}&apos;)</source>
        <translation>l’article le présente comme une hausse («&#xa0;{cue}&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it comes from the later report ({when})</source>
        <translation>le chiffre le plus élevé vient de l’article le plus récent (publié le {when})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figures} cannot both be right{overlap}; {timing}</source>
        <translation>{figures} ne peuvent pas être justes tous les deux{overlap}&#xa0;; {timing}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the publication times are unknown, so it cannot be said which figure is older</source>
        <translation>les heures de publication sont inconnues, on ne peut donc pas dire quel chiffre est le plus ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tolls often rise as news develops</source>
        <translation>les bilans s’alourdissent souvent à mesure que l’information progresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figures are often revised as news develops</source>
        <translation>les chiffres sont souvent révisés à mesure que l’information progresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {figure} comes from the earlier report ({when} against {other}), and {tendency}</source>
        <translation>«&#xa0;{figure}&#xa0;» vient de l’article le plus ancien (publié le {when}&#xa0;; l’autre, le {other}), et {tendency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lower figure, {figure}, is the more recent one ({when}), so it is not simply out of date: the reports may count different things, or one is wrong</source>
        <translation>le chiffre le plus bas, «&#xa0;{figure}&#xa0;», est le plus récent (publié le {when})&#xa0;: il n’est donc pas simplement dépassé&#xa0;; les articles comptent peut-être des choses différentes, ou l’un d’eux se trompe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>both reports carry the same time, so age does not explain the difference</source>
        <translation>les deux articles portent la même heure, leur ancienneté n’explique donc pas la différence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figures} differ, but this is an update, not a contradiction: the reports given together show the count rising from {lower} ({path}) to {chain}, each step a rise or a later report</source>
        <translation>{figures} diffèrent, mais c’est une mise à jour, pas une contradiction&#xa0;: les articles donnés ensemble montrent le décompte passer de «&#xa0;{lower}&#xa0;» ({path}) à {chain}, chaque étape étant une hausse ou un article plus récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{figure} ({path})</source>
        <translation>«&#xa0;{figure}&#xa0;» ({path})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{before} to {after}</source>
        <translation>{before}, puis à {after}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} with no time given</source>
        <translation>{date}, sans précision d’heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} {month} {year}, {time}</source>
        <translation>{day} {month} {year} à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1</source>
        <translation>1er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>SuggestEvents</name>
    <message>
        <location filename="../../quizapp/core/messages/suggest.kept_apart.toml" line="+6"/>
        <source>names {mine}; the other names {theirs}</source>
        <translation>nomme {mine}&#xa0;; l’autre nomme {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed at {mine}; the other at {theirs}</source>
        <translation>situé à {mine}&#xa0;; l’autre à {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is about {mine}; the other about {theirs}</source>
        <translation>parle de {mine}&#xa0;; l’autre de {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {mine}; the other on {theirs}</source>
        <translation>le {mine}&#xa0;; l’autre le {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {mine} night; the other on {theirs} night</source>
        <translation>dans la nuit de {mine}&#xa0;; l’autre dans la nuit de {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a magnitude {mine} quake; the other {theirs}</source>
        <translation>un séisme de magnitude {mine}&#xa0;; l’autre {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dated {mine}; the other {theirs}, weeks apart</source>
        <translation>daté du {mine}&#xa0;; l’autre du {theirs}, à des semaines d’écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recalls as an earlier event what the other tells as its own</source>
        <translation>rappelle comme un événement antérieur ce que l’autre raconte comme le sien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tells as its own an earlier event the other recalls</source>
        <translation>raconte comme le sien un événement antérieur que l’autre rappelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recalls an earlier event of its kind in {year}, the year the other is dated</source>
        <translation>rappelle un événement antérieur du même genre en {year}, l’année où l’autre est daté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dated {year}, the year of an earlier event of its kind the other recalls</source>
        <translation>daté de {year}, l’année d’un événement antérieur du même genre que l’autre rappelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>SuggestFile</name>
    <message>
        <location filename="../../quizapp/core/messages/suggest.lexicon.toml" line="+6"/>
        <source>expected an entry with &apos;phrase&apos; and &apos;reason&apos;, got {item}</source>
        <translation>une entrée avec «&#xa0;phrase&#xa0;» et «&#xa0;reason&#xa0;» est attendue, trouvé {item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pattern does not compile: {error}</source>
        <translation>un motif ne se compile pas&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the lexicon: {error}</source>
        <translation>impossible de lire le lexique&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lexicon is not valid YAML: {error}</source>
        <translation>le lexique n’est pas du YAML valide&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lexicon file must be a mapping of sections</source>
        <translation>un fichier de lexique doit associer des sections à leurs entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lexicon directory does not exist</source>
        <translation>le dossier du lexique n’existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word_lists must be a mapping of names to lists of words</source>
        <translation>word_lists doit associer des noms à des listes de mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word_lists {name}: quote on/off/yes/no</source>
        <translation>word_lists {name}&#xa0;: mettez on/off/yes/no entre guillemets</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/suggest.model.toml" line="+5"/>
        <source>{path}: {message}</source>
        <translation>{path}&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages/suggest.reports.toml" line="+6"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a directory, not a report</source>
        <translation>est un dossier, pas un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be read: {error}</source>
        <translation>ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not UTF-8 text (byte {byte} cannot be decoded); save it as UTF-8</source>
        <translation>n’est pas du texte UTF-8 (l’octet {byte} ne peut pas être décodé)&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
</context>
<context>
    <name>SuggestLexicon</name>
    <message>
        <location filename="../../quizapp/core/messages/suggest.reasons.toml" line="-43"/>
        <location filename="../../quizapp/core/suggest/lexicons/sources.yaml" line="+370"/>
        <location line="+254"/>
        <source>second-hand</source>
        <translation>de seconde main</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/suggest/lexicons/hedges.yaml" line="+47"/>
        <location line="+44"/>
        <location line="+33"/>
        <location line="+13"/>
        <location line="+19"/>
        <location line="+14"/>
        <location line="+124"/>
        <location line="+289"/>
        <location line="+15"/>
        <location line="+35"/>
        <location line="+56"/>
        <location line="+28"/>
        <location line="+83"/>
        <source>hedge</source>
        <translation>modalisateur</translation>
    </message>
    <message>
        <location line="-752"/>
        <location line="+551"/>
        <source>a possibility, not a reported fact</source>
        <translation>une possibilité, pas un fait rapporté</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>a prediction, not a reported fact</source>
        <translation>une prédiction, pas un fait rapporté</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+509"/>
        <source>the writer is guessing, not reporting a fact</source>
        <translation>l’auteur fait une supposition, il ne rapporte pas un fait</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>an impression, how it seemed to the speaker, not what is known</source>
        <translation>une impression, ce qu’a ressenti la personne qui parle, pas ce que l’on sait</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+533"/>
        <source>how things look is not the same as what is known</source>
        <translation>ce qui semble n’est pas ce que l’on sait</translation>
    </message>
    <message>
        <location line="-519"/>
        <location line="+630"/>
        <source>a belief or suspicion, not an established fact</source>
        <translation>une croyance ou un soupçon, pas un fait établi</translation>
    </message>
    <message>
        <location line="-506"/>
        <source>a cause or an event that is suspected, not established</source>
        <translation>une cause ou un événement soupçonnés, non établis</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+207"/>
        <location line="+399"/>
        <location line="+101"/>
        <source>prediction</source>
        <translation>prédiction</translation>
    </message>
    <message>
        <location line="-706"/>
        <location line="+207"/>
        <location line="+399"/>
        <location line="+101"/>
        <source>says what may happen, not what has happened</source>
        <translation>dit ce qui pourrait arriver, pas ce qui est arrivé</translation>
    </message>
    <message>
        <location line="-338"/>
        <location line="+7"/>
        <source>interpretation</source>
        <translation>interprétation</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>a reading of events, not a fact</source>
        <translation>une lecture des événements, pas un fait</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>speculation</source>
        <translation>spéculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>somebody&apos;s guess, reported as a guess; it is not established</source>
        <translation>la supposition de quelqu’un, rapportée comme telle&#xa0;; elle n’est pas établie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>opinion</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the speaker&apos;s view, not a reported fact</source>
        <translation>le point de vue de la personne qui parle, pas un fait rapporté</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+232"/>
        <source>open question</source>
        <translation>question ouverte</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+232"/>
        <source>nobody knows yet, so what follows is guesswork</source>
        <translation>personne ne le sait encore, ce qui suit relève donc de la conjecture</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>a claim in the conditional, which the writer does not vouch for</source>
        <translation>une affirmation au conditionnel, que l’auteur ne garantit pas</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>a fear, not an established fact</source>
        <translation>une crainte, pas un fait établi</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>the French past conditional (&quot;le feu aurait pris&quot;) passes on an unverified report: hearsay, not a guess</source>
        <translation>le conditionnel passé (« le feu aurait pris ») rapporte une information non vérifiée : un ouï-dire, pas une supposition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the French conditional of who or what someone is (&quot;la majorité des victimes serait des touristes étrangers&quot;, &quot;cet homme serait le conducteur&quot;) passes on a report: hearsay, not a guess</source>
        <translation>le conditionnel de ce qu’est quelqu’un ou quelque chose (« la majorité des victimes serait des touristes étrangers », « cet homme serait le conducteur ») relaie une information : un ouï-dire, pas une supposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;could not&quot; / &quot;cannot&quot; states an inability or a denial, not a guess</source>
        <translation>«&#xa0;could not&#xa0;» / «&#xa0;cannot&#xa0;» exprime une impossibilité ou un refus, pas une supposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>past ability to perceive is a fact (&quot;smoke could be seen for miles&quot;)</source>
        <translation>ce que l’on pouvait percevoir est un fait («&#xa0;smoke could be seen for miles&#xa0;»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>appearing somewhere (in court, on television) is an event, not a hedge</source>
        <translation>paraître quelque part (au tribunal, à la télévision) est un événement, pas un modalisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>talk about speculation is not itself speculation</source>
        <translation>parler de spéculation n’est pas spéculer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&quot;we are going to identify every single person&quot;: a stated plan or promise of what people will do, not a guess</source>
        <translation>« nous allons identifier chaque personne » : un projet ou une promesse de ce que des gens vont faire, pas une supposition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;police ruled out the possibility that a second gunman was involved&quot;: a possibility excluded is a finding</source>
        <translation>« la police a écarté la possibilité d’un second tireur » : une possibilité exclue est un constat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;they were convinced to leave&quot;: persuaded to act, no belief stated</source>
        <translation>« ils ont été convaincus de partir » : persuadés d’agir, aucune croyance n’est exprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;as suggested by the crew&quot; names who proposed it: the source&apos;s claim, not the writer&apos;s reading</source>
        <translation>« comme l&apos;a suggéré l&apos;équipage » nomme l&apos;auteur de la proposition : c&apos;est l&apos;affirmation de la source, pas une lecture du rédacteur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;as expected&quot; / &quot;than expected&quot; compares with a forecast, it makes none</source>
        <translation>«&#xa0;as expected&#xa0;» / «&#xa0;than expected&#xa0;» compare avec une prévision, sans en faire une</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anger or disbelief &quot;that such a structure could have given way&quot; is about what happened, it guesses nothing</source>
        <translation>la colère ou l’incrédulité «&#xa0;qu’un tel ouvrage ait pu céder&#xa0;» porte sur ce qui s’est passé, elle ne suppose rien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;to establish who they may be&quot;: a &quot;may be&quot; closing an embedded question names no possibility</source>
        <translation>«&#xa0;établir qui ils peuvent être&#xa0;»&#xa0;: un «&#xa0;peut être&#xa0;» qui clôt une question indirecte n’énonce aucune possibilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;likely&quot; in a fixed phrase that is not a hedge</source>
        <translation>«&#xa0;likely&#xa0;» dans une expression figée qui n’est pas un modalisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;believe&quot; used to report faith or to say &quot;hard to believe&quot;</source>
        <translation>«&#xa0;believe&#xa0;» employé pour parler de foi ou dans «&#xa0;hard to believe&#xa0;» (difficile à croire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;possible&quot; in a fixed phrase that expresses no doubt</source>
        <translation>«&#xa0;possible&#xa0;» dans une expression figée qui n’exprime aucun doute</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;no longer at risk of bursting&quot;: a danger ruled out, a finding</source>
        <translation>« no longer at risk of bursting » (ne risque plus de céder) : un danger écarté, un constat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;for fear of&quot; gives a motive (he hid his name for fear of reprisals), not a guess</source>
        <translation>«&#xa0;for fear of&#xa0;» donne un motif (il a caché son nom par crainte de représailles), pas une supposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;will have to&quot; is an obligation, not a guess</source>
        <translation>«&#xa0;will have to&#xa0;» exprime une obligation, pas une supposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;probable cause&quot; to arrest or to search is a legal ground, not a guess</source>
        <translation>«&#xa0;probable cause&#xa0;» (motif raisonnable d’arrêter ou de perquisitionner) est un fondement juridique, pas une supposition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with a superlative, &quot;possible&quot; stresses the extreme (&quot;the worst possible time&quot;), it doubts nothing</source>
        <translation>avec un superlatif, «&#xa0;possible&#xa0;» souligne l’extrême («&#xa0;the worst possible time&#xa0;»)&#xa0;; il n’exprime aucun doute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;everything they could&quot;, &quot;as fast as they could&quot;: what people were able to do, a fact</source>
        <translation>«&#xa0;everything they could&#xa0;», «&#xa0;as fast as they could&#xa0;»&#xa0;: ce que des personnes ont pu faire, un fait</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;you may see&quot;, &quot;anyone who may have information&quot;: a courtesy or an appeal to readers, not a guess about the story</source>
        <translation>«&#xa0;you may see&#xa0;», «&#xa0;anyone who may have information&#xa0;»&#xa0;: une formule de politesse ou un appel aux lecteurs, pas une supposition sur les faits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;did not rule out whether ...&quot; leaves a question open, it names no possibility</source>
        <translation>«&#xa0;did not rule out whether…&#xa0;» laisse une question ouverte sans avancer de possibilité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;I can&apos;t believe it&quot; is astonishment, not a belief</source>
        <translation>«&#xa0;I can’t believe it&#xa0;» exprime l’étonnement, pas une croyance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;military might&quot;, &quot;with all their might&quot;: the noun, not the modal</source>
        <translation>«&#xa0;military might&#xa0;», «&#xa0;with all their might&#xa0;»&#xa0;: le nom (la puissance), pas le modal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;ils ont fui, craignant une réplique&quot;: the participle with its object gives a motive, as &quot;for fear of&quot;, not a guess</source>
        <translation>«&#xa0;ils ont fui, craignant une réplique&#xa0;»&#xa0;: le participe suivi de son complément donne un motif, comme «&#xa0;par crainte de&#xa0;», pas une supposition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;il n&apos;y a rien à craindre&quot;: a fear denied, a reassurance, not a guess</source>
        <translation>«&#xa0;il n&apos;y a rien à craindre&#xa0;»&#xa0;: une crainte écartée, un propos rassurant, pas une supposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;ne pourrait pas&quot;, like &quot;could not&quot;, states an inability or a denial</source>
        <translation>«&#xa0;ne pourrait pas&#xa0;», comme «&#xa0;could not&#xa0;», exprime une impossibilité ou un refus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the general &quot;you&quot; (&quot;you don&apos;t expect to see that in a church&quot;) voices surprise, it predicts nothing</source>
        <translation>le «&#xa0;you&#xa0;» général («&#xa0;you don’t expect to see that in a church&#xa0;») exprime la surprise, il ne prédit rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;dès que possible&quot;, &quot;le plus vite possible&quot;: &quot;possible&quot; in a fixed French phrase doubts nothing</source>
        <translation>«&#xa0;dès que possible&#xa0;», «&#xa0;le plus vite possible&#xa0;»&#xa0;: «&#xa0;possible&#xa0;» dans une locution figée ne met rien en doute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the future of reported speech (&quot;a annoncé qu&apos;une enquête serait ouverte&quot;), like &quot;said it would&quot;, foretells a plan, it doubts nothing</source>
        <translation>le futur du discours rapporté («&#xa0;a annoncé qu’une enquête serait ouverte&#xa0;»), comme «&#xa0;said it would&#xa0;», annonce un projet, il ne doute de rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;faire semblant&quot; is a pretence that is told, not how a thing seems</source>
        <translation>«&#xa0;faire semblant&#xa0;» rapporte une feinte, pas l’apparence d’une chose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word ending like a French conditional that is none (&quot;un portrait&quot;, &quot;the Strait&quot;), or a wish or an obligation (&quot;il voudrait&quot;, &quot;il faudrait&quot;)</source>
        <translation>un mot qui se termine comme un conditionnel sans en être un («&#xa0;un portrait&#xa0;», «&#xa0;the Strait&#xa0;»), ou un souhait ou une obligation («&#xa0;il voudrait&#xa0;», «&#xa0;il faudrait&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a French conditional in a clause of time (&quot;à mesure que les secours avanceraient&quot;) follows the tense of the sentence, it makes no claim of its own</source>
        <translation>un conditionnel dans une subordonnée de temps («&#xa0;à mesure que les secours avanceraient&#xa0;») suit le temps de la phrase, il n’affirme rien par lui-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;as much as possible&quot;, &quot;if possible&quot;, &quot;the worst thing that could have happened&quot;: a fixed phrase doubts nothing</source>
        <translation>«&#xa0;as much as possible&#xa0;», «&#xa0;if possible&#xa0;», «&#xa0;the worst thing that could have happened&#xa0;»&#xa0;: une locution figée ne met rien en doute</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;top points to know&quot;: the plural noun &quot;points&quot; heads a list, it is no sign of anything</source>
        <translation>«&#xa0;top points to know&#xa0;»&#xa0;: le nom pluriel «&#xa0;points&#xa0;» ouvre une liste, il n’indique rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;reports now suggest&quot;, &quot;with reports suggesting&quot;: the verb of a vague source (unconfirmed attribution), not a reading of events</source>
        <translation>«&#xa0;reports now suggest&#xa0;», «&#xa0;with reports suggesting&#xa0;»&#xa0;: le verbe d’une source vague (attribution non confirmée), pas une lecture des faits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;at least six and perhaps 9 people&quot;: a hedge inside a range is the range&apos;s upper bound, one figure, not a guess of its own</source>
        <translation>«&#xa0;at least six and perhaps 9 people&#xa0;»&#xa0;: une réserve à l’intérieur d’une fourchette en est la borne haute, un seul chiffre, pas une supposition à part</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;the feared Red Hand militia&quot;: &quot;feared&quot; as dreaded, before a name, guesses nothing</source>
        <translation>«&#xa0;the feared Red Hand militia&#xa0;»&#xa0;: «&#xa0;feared&#xa0;» au sens de redouté, devant un nom propre, ne suppose rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;the injured are going to Leeds&quot;: going to a place (a capitalised name after the lower-case verb) is a movement, not a forecast</source>
        <translation>«&#xa0;the injured are going to Leeds&#xa0;»&#xa0;: aller quelque part (un nom propre après le verbe en minuscules) est un déplacement, pas une prévision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;there is a lot of speculation, but&quot;: the noun with nothing guessed after it names talk, it guesses nothing</source>
        <translation>«&#xa0;there is a lot of speculation, but&#xa0;»&#xa0;: le nom, sans rien de supposé après lui, désigne des rumeurs, il ne suppose rien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;the attack would have been carried out by two men, according to police&quot;: a report relayed in a translated conditional, not a guess</source>
        <translation>«&#xa0;the attack would have been carried out by two men, according to police&#xa0;»&#xa0;: une information relayée dans un conditionnel traduit, pas une supposition</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&quot;perhaps best known for&quot;: a turn of phrase that ranks what a place or person is known for, not a guess</source>
        <translation>«&#xa0;perhaps best known for&#xa0;»&#xa0;: une tournure qui dit ce qui fait la renommée d’un lieu ou d’une personne, pas une supposition</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/suggest/lexicons/sources.yaml" line="-570"/>
        <location line="+45"/>
        <location line="+297"/>
        <source>hearsay</source>
        <translation>ouï-dire</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>the writer passes on a claim without saying who makes it</source>
        <translation>l’auteur relaie une affirmation sans dire de qui elle vient</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <location line="+133"/>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+88"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+26"/>
        <location line="+80"/>
        <location line="+18"/>
        <location line="+119"/>
        <location line="+7"/>
        <source>vague source</source>
        <translation>source vague</translation>
    </message>
    <message>
        <location line="-573"/>
        <source>the speaker only claims to speak for the group: who they are is not confirmed</source>
        <translation>la personne dit seulement parler au nom du groupe : son identité n’est pas confirmée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the claim comes from other outlets or sources the report does not name</source>
        <translation>l’affirmation vient d’autres médias ou de sources que l’article ne nomme pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the speaker passes on what they heard from someone they do not name</source>
        <translation>la personne qui parle rapporte ce qu’elle a entendu de quelqu’un qu’elle ne nomme pas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unsourced</source>
        <translation>sans source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report states it as known without saying who knows it or how</source>
        <translation>l’article le présente comme connu sans dire qui le sait ni comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+214"/>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+214"/>
        <source>the report says that the figure or claim has not been confirmed by those who would know</source>
        <translation>l’article dit que le chiffre ou l’affirmation n’a pas été confirmé par ceux qui sauraient</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+41"/>
        <location line="+135"/>
        <source>unsourced report</source>
        <translation>information sans source</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+41"/>
        <location line="+135"/>
        <source>something is said to have been reported, without saying who reported it</source>
        <translation>on dit qu’une information a été rapportée, sans dire par qui</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>headline tag</source>
        <translation>mention du titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the headline&apos;s source is reports or people it does not name</source>
        <translation>la source du titre, ce sont des informations ou des personnes qu&apos;il ne nomme pas</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>an earlier report is cited without saying whose it was</source>
        <translation>un article antérieur est cité sans dire de qui il est</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody is named, so the accounts cannot be checked</source>
        <translation>personne n’est nommé, les témoignages ne peuvent donc pas être vérifiés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reports are passed on without saying whose they are</source>
        <translation>des informations sont relayées sans dire de qui elles viennent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the writer says the claim has not been checked</source>
        <translation>l’auteur dit que l’affirmation n’a pas été vérifiée</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+88"/>
        <location line="+54"/>
        <location line="+80"/>
        <location line="+18"/>
        <location line="+119"/>
        <location line="+7"/>
        <source>nobody is named, so the claim cannot be checked</source>
        <translation>personne n’est nommé, l’affirmation ne peut donc pas être vérifiée</translation>
    </message>
    <message>
        <location line="-393"/>
        <location line="+107"/>
        <location line="+150"/>
        <location line="+68"/>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <location line="-324"/>
        <location line="+107"/>
        <location line="+150"/>
        <location line="+68"/>
        <source>a post or video online has not been checked by anyone accountable</source>
        <translation>une publication ou une vidéo en ligne que personne de responsable n’a vérifiée</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+254"/>
        <source>the report passes on what other media said, without its own confirmation</source>
        <translation>l’article relaie ce qu’ont dit d’autres médias, sans le confirmer lui-même</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>anonymous source</source>
        <translation>source anonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source is not named, so the claim cannot be checked</source>
        <translation>la source n’est pas nommée, l’affirmation ne peut donc pas être vérifiée</translation>
    </message>
</context>
<context>
    <name>XapiDialog</name>
    <message>
        <location filename="../../quizapp/ui/dashboard/xapi_dialog.py" line="+48"/>
        <source>xAPI statements</source>
        <translation>Déclarations xAPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write or send xAPI statements</source>
        <translation>Écrire ou envoyer des déclarations xAPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anonymise: a hashed id instead of each name</source>
        <translation>&amp;Anonymiser&#xa0;: un identifiant haché au lieu de chaque nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret for the hashed ids</source>
        <translation>Secret pour les identifiants hachés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a secret word; use the same one every time</source>
        <translation>un mot secret&#xa0;; utilisez toujours le même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send to a Learning Record Store</source>
        <translation>En&amp;voyer à un Learning Record Store (LRS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LRS endpoint</source>
        <translation>Adresse du LRS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LRS user</source>
        <translation>Utilisateur du LRS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS password</source>
        <translation>Mot de passe du LRS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Endpoint:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write</source>
        <translation>&amp;Écrire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;cret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write xAPI statements</source>
        <translation>Écrire des déclarations xAPI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the file to write first.</source>
        <translation>Indiquez d’abord le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LRS endpoint must start with http:// or https://.</source>
        <translation>L’adresse du LRS doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending needs the LRS user and password.</source>
        <translation>L’envoi demande l’utilisateur et le mot de passe du LRS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No finished results for this quiz yet: nothing to write.</source>
        <translation>Pas encore de résultats terminés pour ce quiz&#xa0;: rien à écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 statements to %2.</source>
        <translation>%1 déclarations écrites dans %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending them to %1…</source>
        <translation>Envoi vers %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent %1 statements to %2.</source>
        <translation>%1 déclarations envoyées à %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending failed: %1</source>
        <translation>L’envoi a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>YamlFile</name>
    <message>
        <location filename="../../quizapp/core/messages/yamlsource.toml" line="+6"/>
        <source>the file nests deeper than {most} levels</source>
        <translation>le fichier s’imbrique sur plus de {most} niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the file ({error})</source>
        <translation>impossible d’ouvrir le fichier ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} MB; question files may be at most {most} MB</source>
        <translation>le fichier fait {size}&#xa0;Mo&#xa0;; un fichier de questions fait au plus {most}&#xa0;Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file ({error})</source>
        <translation>impossible de lire le fichier ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a binary file, not a YAML question file</source>
        <translation>c’est un fichier binaire, pas un fichier de questions YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet {byte})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds a character YAML does not allow ({character})</source>
        <translation>le fichier contient un caractère que YAML n’autorise pas ({character})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: {problem}</source>
        <translation>erreur de syntaxe YAML&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds more than {most} values (are YAML aliases repeating something?)</source>
        <translation>le fichier contient plus de {most} valeurs (des alias YAML répètent-ils quelque chose&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML tags such as &apos;{tag}&apos; are not allowed</source>
        <translation>les balises YAML comme «&#xa0;{tag}&#xa0;» ne sont pas autorisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the value &apos;{value}&apos;</source>
        <translation>impossible de lire la valeur «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML merge keys (&apos;&lt;&lt;&apos;) are not supported</source>
        <translation>les clés de fusion YAML («&#xa0;&lt;&lt;&#xa0;») ne sont pas prises en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; is given twice in the same place</source>
        <translation>«&#xa0;{key}&#xa0;» est donné deux fois au même endroit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported YAML content</source>
        <translation>contenu YAML non pris en charge</translation>
    </message>
</context>
<context>
    <name>YamlProblem</name>
    <message>
        <location filename="../../quizapp/core/messages/yamlproblems.toml" line="+7"/>
        <source>this is not valid YAML</source>
        <translation>ce n’est pas du YAML valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping values are not allowed here</source>
        <translation>deux-points inattendu&#xa0;: une paire «&#xa0;clé: valeur&#xa0;» n’est pas permise ici (vérifiez l’indentation, ou mettez le texte entre guillemets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not find expected &apos;:&apos;</source>
        <translation>le deux-points «&#xa0;:&#xa0;» attendu après une clé est introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found character {found} that cannot start any token</source>
        <translation>le caractère {found} ne peut pas commencer une valeur (mettez le texte entre guillemets&#xa0;; pour indenter, des espaces et non des tabulations)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unexpected end of stream</source>
        <translation>fin de fichier inattendue (un guillemet n’est pas refermé&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &lt;block end&gt;, but found {found}</source>
        <translation>l’indentation ne suit pas celle du bloc (fin de bloc attendue, trouvé {found})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos;, but got {found}</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu, trouvé {found} (une liste entre crochets n’est pas refermée&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;}}&apos;, but got {found}</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}}&#xa0;» attendu, trouvé {found} (des accolades ne sont pas refermées&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;&lt;document start&gt;&apos;, but found {found}</source>
        <translation>début de document attendu, trouvé {found} (un crochet ou une accolade en trop&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found undefined alias {found}</source>
        <translation>l’alias {found} n’est défini nulle part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found unknown escape character {found}</source>
        <translation>caractère d’échappement inconnu {found} dans un texte entre guillemets doubles (doublez la barre oblique inverse, ou utilisez des guillemets simples)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a single document in the stream, but found another document</source>
        <translation>le fichier contient plusieurs documents YAML (une ligne «&#xa0;---&#xa0;» en trop&#xa0;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected alphabetic or numeric character, but found {found}</source>
        <translation>une lettre ou un chiffre est attendu après une esperluette ou un astérisque (ancre ou alias), trouvé {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence entries are not allowed here</source>
        <translation>un élément de liste «&#xa0;-&#xa0;» n’est pas permis ici (vérifiez l’indentation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block sequence entries are not allowed here</source>
        <translation>un élément de liste «&#xa0;-&#xa0;» n’est pas permis ici (vérifiez l’indentation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected indentation indicator in the range 1-9, but found {found}</source>
        <translation>indicateur d’indentation attendu entre 1 et 9, trouvé {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the node content, but found {found}</source>
        <translation>une valeur est attendue, trouvé {found}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../quizapp/app.py" line="+144"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>quizapp ran into a problem it did not expect (%1).

Your submitted answers are saved. If something on screen looks wrong, close quizapp and open it again: you can resume where you were.

Details were written to %2 — your teacher may want that file.</source>
        <translation>quizapp a rencontré un problème inattendu (%1).

Vos réponses validées sont enregistrées. Si quelque chose semble anormal à l’écran, fermez quizapp et rouvrez-le&#xa0;: vous pourrez reprendre là où vous en étiez.

Les détails ont été écrits dans %2 — votre enseignant voudra peut-être ce fichier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+135"/>
        <source>The question bank is damaged</source>
        <translation>La banque de questions est endommagée</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>It was moved aside to %1; nothing was deleted.</source>
        <translation>Elle a été déplacée vers %1&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quizapp cannot use its bank %1: %2.</source>
        <translation>quizapp ne peut pas utiliser sa banque %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore the backup of %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a new bank</source>
        <translation>Créer une nouvelle banque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This bank is also open in another quizapp window (%1). Both can be used: every answer is saved safely.</source>
        <translation>Cette banque est aussi ouverte dans une autre fenêtre de quizapp (%1). Les deux peuvent servir&#xa0;: chaque réponse est enregistrée en toute sécurité.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The question bank is damaged: see the message.</source>
        <translation>La banque de questions est endommagée&#xa0;: voyez le message.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While checking the question bank, quizapp found damage: %1.

Answers you submit now may not be saved. Close quizapp and open it again: it will set the damaged bank aside (nothing is deleted) and offer to restore the newest backup.</source>
        <translation>En vérifiant la banque de questions, quizapp a trouvé des dégâts&#xa0;: %1.

Les réponses validées maintenant risquent de ne pas être enregistrées. Fermez quizapp et rouvrez-le&#xa0;: il mettra la banque endommagée de côté (rien n’est supprimé) et proposera de restaurer la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>quizapp cannot open its bank</source>
        <translation>quizapp ne peut pas ouvrir sa banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quizapp could not open the question bank.

%1

Your teacher can give you a new one, or start quizapp with another file: quizapp --db PATH</source>
        <translation>quizapp n’a pas pu ouvrir la banque de questions.

%1

Votre enseignant peut vous en donner une nouvelle, ou lancez quizapp avec un autre fichier&#xa0;: quizapp --db CHEMIN</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup restored. The bank as it was is kept at %1.</source>
        <translation>Sauvegarde restaurée. La banque telle qu’elle était est conservée dans %1.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="+46"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../../quizapp/ui/themes.py" line="+34"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
</TS>
