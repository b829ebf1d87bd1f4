<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Marginalia::Cli::CommandLine</name>
    <message>
        <source>~/.pgpass (a line HOST:PORT:DATABASE:LOGIN:PASSWORD, the file readable only by you: chmod 600 ~/.pgpass), the file PGPASSFILE names, or a service file (~/.pg_service.conf, then ?service=NAME in the URL); PGPASSWORD works too, for one shell</source>
        <translation>~/.pgpass (une ligne HOST:PORT:DATABASE:LOGIN:PASSWORD, le fichier n&apos;étant lisible que par vous&#xa0;: chmod 600 ~/.pgpass), le fichier désigné par PGPASSFILE, ou un fichier de service (~/.pg_service.conf, puis ?service=NAME dans l&apos;URL)&#xa0;; PGPASSWORD fonctionne aussi, pour un seul shell</translation>
    </message>
    <message>
        <source>The server wants a password, and marginalia-cli does not ask for one: put it in %1.</source>
        <translation>Le serveur demande un mot de passe, et marginalia-cli n&apos;en demande pas&#xa0;: placez-le dans %1.</translation>
    </message>
    <message>
        <source>The server refused the password it was given: check the one in %1.</source>
        <translation>Le serveur a refusé le mot de passe fourni&#xa0;: vérifiez celui qui figure dans %1.</translation>
    </message>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>Créer un nouveau fichier de projet vide.</translation>
    </message>
    <message>
        <source>Import documents (text, Markdown, HTML, PDF, Word, OpenDocument) and folders of them.</source>
        <translation>Importer des documents (texte, Markdown, HTML, PDF, Word, OpenDocument) et des dossiers de documents.</translation>
    </message>
    <message>
        <source>List the documents with their size and codings.</source>
        <translation>Lister les documents avec leur taille et leurs codages.</translation>
    </message>
    <message>
        <source>Add a code (and missing parents): Protection/Children.</source>
        <translation>Ajouter un code (et les parents manquants)&#xa0;: Protection/Children.</translation>
    </message>
    <message>
        <source>Print the codebook as a tree.</source>
        <translation>Afficher le livre de codes sous forme d&apos;arbre.</translation>
    </message>
    <message>
        <source>Rename a code.</source>
        <translation>Renommer un code.</translation>
    </message>
    <message>
        <source>Move a code under another (or to the top level).</source>
        <translation>Déplacer un code sous un autre (ou au niveau supérieur).</translation>
    </message>
    <message>
        <source>Merge a code and its codings into another.</source>
        <translation>Fusionner un code et ses codages dans un autre.</translation>
    </message>
    <message>
        <source>Delete a code, its subcodes and their codings.</source>
        <translation>Supprimer un code, ses sous-codes et leurs codages.</translation>
    </message>
    <message>
        <source>Code a range, a phrase or a pattern in a document.</source>
        <translation>Coder une plage, une expression ou un motif dans un document.</translation>
    </message>
    <message>
        <source>Show or set the memo of the project, a document, a code or a coding.</source>
        <translation>Afficher ou définir le mémo du projet, d&apos;un document, d&apos;un code ou d&apos;un codage.</translation>
    </message>
    <message>
        <source>List the coders.</source>
        <translation>Lister les codeurs.</translation>
    </message>
    <message>
        <source>Count codings by code, document or coder.</source>
        <translation>Compter les codages par code, document ou codeur.</translation>
    </message>
    <message>
        <source>Code matrices: codes x documents, or code co-occurrence (codes x codes).</source>
        <translation>Matrices de codes&#xa0;: codes x documents, ou cooccurrence des codes (codes x codes).</translation>
    </message>
    <message>
        <source>Intercoder agreement per code: percent, Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha and alpha-u.</source>
        <translation>Accord inter-codeurs par code&#xa0;: pourcentage, kappa de Cohen et de Fleiss, alpha de Krippendorff et alpha-u.</translation>
    </message>
    <message>
        <source>Where two coders differ: one row per stretch one of them coded.</source>
        <translation>Là où deux codeurs divergent&#xa0;: une ligne par segment codé par l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>Write a copy for students: same documents, codebook and GUIDs, without the key&apos;s codings.</source>
        <translation>Écrire une copie pour les étudiants&#xa0;: mêmes documents, livre de codes et GUID, sans les codages du corrigé.</translation>
    </message>
    <message>
        <source>Merge projects (.marginalia or .qdpx) into TARGET: documents by text, codes and coders by GUID.</source>
        <translation>Fusionner des projets (.marginalia ou .qdpx) dans TARGET&#xa0;: documents par texte, codes et codeurs par GUID.</translation>
    </message>
    <message>
        <source>Score coders against a key coder: agreement, precision and recall per code.</source>
        <translation>Évaluer des codeurs par rapport à un codeur de référence (le corrigé)&#xa0;: accord, précision et rappel par code.</translation>
    </message>
    <message>
        <source>List coded passages, one row per coding.</source>
        <translation>Lister les passages codés, une ligne par codage.</translation>
    </message>
    <message>
        <source>Search the documents&apos; text (words, &quot;phrases&quot;, prefix*, AND/OR/NOT, NEAR; substrings; patterns), and code the hits.</source>
        <translation>Rechercher dans le texte des documents (mots, &quot;expressions&quot;, préfixe*, AND/OR/NOT, NEAR&#xa0;; sous-chaînes&#xa0;; motifs), et coder les occurrences.</translation>
    </message>
    <message>
        <source>List the documents&apos; attributes, or set them from a CSV (--import) or write them (--export).</source>
        <translation>Lister les attributs des documents, ou les définir à partir d&apos;un CSV (--import) ou les écrire (--export).</translation>
    </message>
    <message>
        <source>List the sets of documents, or add one (by condition or by hand) or remove one.</source>
        <translation>Lister les ensembles de documents, ou en ajouter un (par condition ou à la main) ou en supprimer un.</translation>
    </message>
    <message>
        <source>List the cases, or add, remove one, or assign a document or passage to one.</source>
        <translation>Lister les cas, ou en ajouter ou supprimer un, ou lui affecter un document ou un passage.</translation>
    </message>
    <message>
        <source>Check the project file&apos;s integrity.</source>
        <translation>Vérifier l&apos;intégrité du fichier de projet.</translation>
    </message>
    <message>
        <source>Back the project up now (and rotate its backups).</source>
        <translation>Sauvegarder le projet maintenant (et assurer la rotation de ses sauvegardes).</translation>
    </message>
    <message>
        <source>List the project&apos;s backups, newest first, each checked.</source>
        <translation>Lister les sauvegardes du projet, de la plus récente à la plus ancienne, chacune vérifiée.</translation>
    </message>
    <message>
        <source>Put a backup in place of the project; the current file is kept beside it, renamed.</source>
        <translation>Mettre une sauvegarde à la place du projet&#xa0;; le fichier actuel est conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>Export the project to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder.</source>
        <translation>Exporter le projet au format REFI-QDA (.qdpx) pour NVivo, ATLAS.ti, MAXQDA, QualCoder.</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project (.qdpx) as a new project.</source>
        <translation>Importer un projet REFI-QDA (.qdpx) comme nouveau projet.</translation>
    </message>
    <message>
        <source>Export the codebook to REFI-QDA (.qdc).</source>
        <translation>Exporter le livre de codes au format REFI-QDA (.qdc).</translation>
    </message>
    <message>
        <source>Merge a REFI-QDA codebook (.qdc) into the project.</source>
        <translation>Fusionner un livre de codes REFI-QDA (.qdc) dans le projet.</translation>
    </message>
    <message>
        <source>Prepare a PostgreSQL database to hold team projects (once; harmless when done).</source>
        <translation>Préparer une base de données PostgreSQL pour accueillir des projets d&apos;équipe (une seule fois&#xa0;; sans effet si c&apos;est déjà fait).</translation>
    </message>
    <message>
        <source>Put a project file on a server as a new project, with every id and GUID.</source>
        <translation>Placer un fichier de projet sur un serveur en tant que nouveau projet, avec tous ses identifiants et GUID.</translation>
    </message>
    <message>
        <source>Copy a server project into a new project file, for archiving or offline work.</source>
        <translation>Copier un projet sur serveur dans un nouveau fichier de projet, pour l&apos;archiver ou travailler hors ligne.</translation>
    </message>
    <message>
        <source>Give a server login a role on a server project: owner, coder or viewer.</source>
        <translation>Donner à un identifiant du serveur un rôle sur un projet sur serveur&#xa0;: owner, coder ou viewer.</translation>
    </message>
    <message>
        <source>Remove a project from its server for good (owners only; pull it first to keep a copy).</source>
        <translation>Supprimer définitivement un projet de son serveur (propriétaires uniquement&#xa0;; faites d&apos;abord un pull pour en garder une copie).</translation>
    </message>
    <message>
        <source>Write a .marginalia-server file that opens a server project on a double click (no password).</source>
        <translation>Écrire un fichier .marginalia-server qui ouvre un projet sur serveur par un double-clic (sans mot de passe).</translation>
    </message>
    <message>
        <source>Run &quot;marginalia-cli %1 --help&quot; for its options.</source>
        <translation>Exécutez &quot;marginalia-cli %1 --help&quot; pour ses options.</translation>
    </message>
    <message>
        <source>Usage: marginalia-cli %1 [options] %2</source>
        <translation>Utilisation&#xa0;: marginalia-cli %1 [options] %2</translation>
    </message>
    <message>
        <source>the project file is missing.</source>
        <translation>le fichier de projet est manquant.</translation>
    </message>
    <message>
        <source>arguments are missing.</source>
        <translation>des arguments manquent.</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>trop d&apos;arguments&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv or xlsx.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez table, csv ou xlsx.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table or csv.</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez table ou csv.</translation>
    </message>
    <message>
        <source>marginalia-cli %1: warning: %2 is on a network file system (%3). SQLite cannot lock files reliably there: two computers writing at once can damage the project. Keep it on a local disk.</source>
        <translation>marginalia-cli %1&#xa0;: avertissement&#xa0;: %2 se trouve sur un système de fichiers réseau (%3). SQLite n&apos;y verrouille pas les fichiers de manière fiable&#xa0;: deux ordinateurs qui écrivent en même temps peuvent endommager le projet. Conservez-le sur un disque local.</translation>
    </message>
    <message>
        <source>%1: you can view this project but not change it: your role on the server is viewer. Its owner can make you a coder (marginalia-cli member-add URL LOGIN coder).</source>
        <translation>%1&#xa0;: vous pouvez consulter ce projet mais pas le modifier&#xa0;: votre rôle sur le serveur est lecteur. Son propriétaire peut faire de vous un codeur (marginalia-cli member-add URL LOGIN coder).</translation>
    </message>
    <message>
        <source>Only documents meeting CONDITION on their attributes, e.g. &quot;year&gt;=2017 and type=resolution&quot;.</source>
        <translation>Uniquement les documents dont les attributs remplissent CONDITION, p. ex. &quot;year&gt;=2017 and type=resolution&quot;.</translation>
    </message>
    <message>
        <source>Only the documents of this set.</source>
        <translation>Uniquement les documents de cet ensemble.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or xlsx (an Excel workbook; needs --output).</source>
        <translation>Format de sortie&#xa0;: table (par défaut), csv ou xlsx (un classeur Excel&#xa0;; requiert --output).</translation>
    </message>
    <message>
        <source>Output format: table (default) or csv.</source>
        <translation>Format de sortie&#xa0;: table (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>CSV: write cells exactly, without neutralising cells that a spreadsheet would run as formulas (=, +, -, @).</source>
        <translation>CSV&#xa0;: écrire les cellules telles quelles, sans neutraliser celles qu&apos;un tableur exécuterait comme des formules (=, +, -, @).</translation>
    </message>
    <message>
        <source>CSV: begin with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV&#xa0;: commencer par une marque d&apos;ordre des octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: there is no document named &quot;%2&quot;; &quot;marginalia-cli documents&quot; lists them.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de document nommé «&#xa0;%2&#xa0;»&#xa0;; &quot;marginalia-cli documents&quot; les liste.</translation>
    </message>
    <message>
        <source>%1: there is no coder &quot;%2&quot;.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de codeur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code path; separate levels with &quot;/&quot;, e.g. Protection/Children.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin de code&#xa0;; séparez les niveaux par &quot;/&quot;, p. ex. Protection/Children.</translation>
    </message>
    <message>
        <source>%1: there is no code &quot;%2&quot;; &quot;marginalia-cli codes&quot; shows the codebook.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de code «&#xa0;%2&#xa0;»&#xa0;; &quot;marginalia-cli codes&quot; affiche le livre de codes.</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Projet %1 créé</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier du projet.</translation>
    </message>
    <message>
        <source>Files to import, or folders: their documents are imported, subfolders included, hidden files left out.</source>
        <translation>Fichiers à importer, ou dossiers&#xa0;: leurs documents sont importés, sous-dossiers compris, fichiers cachés exclus.</translation>
    </message>
    <message>
        <source>Refuse files larger than MB megabytes (default %1).</source>
        <translation>Refuser les fichiers de plus de MB mégaoctets (par défaut %1).</translation>
    </message>
    <message>
        <source>Import a file even when the project already has a document from the same file.</source>
        <translation>Importer un fichier même si le projet contient déjà un document issu du même fichier.</translation>
    </message>
    <message>
        <source>--max-size takes a positive number of megabytes.</source>
        <translation>--max-size attend un nombre positif de mégaoctets.</translation>
    </message>
    <message>
        <source>importing %1 of %2: %3</source>
        <translation>importation de %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>refused: %1: the project already has this file, as the document &quot;%2&quot;; --allow-duplicates imports it again.</source>
        <translation>refusé&#xa0;: %1&#xa0;: le projet contient déjà ce fichier, en tant que document «&#xa0;%2&#xa0;»&#xa0;; --allow-duplicates l&apos;importe à nouveau.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>imported &quot;%1&quot; from %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» importé depuis %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files imported.</source>
        <translation>%1 fichiers sur %2 importés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused, each named above with the reason.</source>
        <translation>
            <numerusform>%n fichier refusé, nommé ci-dessus avec la raison.</numerusform>
            <numerusform>%n fichiers refusés, chacun nommé ci-dessus avec la raison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders skipped, of types Marginalia does not import (%1%2).</source>
        <translation>
            <numerusform>%n fichier des dossiers ignoré, d&apos;un type que Marginalia n&apos;importe pas (%1%2).</numerusform>
            <numerusform>%n fichiers des dossiers ignorés, de types que Marginalia n&apos;importe pas (%1%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encodage</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé le</translation>
    </message>
    <message>
        <source>documents: %1</source>
        <translation>documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>The code&apos;s colour, #RRGGBB.</source>
        <translation>La couleur du code, #RRGGBB.</translation>
    </message>
    <message>
        <source>What the code means and when to use it.</source>
        <translation>Ce que signifie le code et quand l&apos;utiliser.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; exists already.</source>
        <translation>le code «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>added code &quot;%1&quot; (%2)</source>
        <translation>code «&#xa0;%1&#xa0;» ajouté (%2)</translation>
    </message>
    <message>
        <source>The codebook is empty; add codes with &quot;marginalia-cli code-add&quot;.</source>
        <translation>Le livre de codes est vide&#xa0;; ajoutez des codes avec &quot;marginalia-cli code-add&quot;.</translation>
    </message>
    <message>
        <source>codings: %1</source>
        <translation>codages&#xa0;: %1</translation>
    </message>
    <message>
        <source> (%1 with subcodes)</source>
        <translation> (%1 avec les sous-codes)</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>sans couleur</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>(dossier)</translation>
    </message>
    <message>
        <source>renamed &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Place among the new siblings, from 0 (default: last).</source>
        <translation>Position parmi les nouveaux codes de même niveau, à partir de 0 (par défaut&#xa0;: en dernier).</translation>
    </message>
    <message>
        <source>--position takes a number from 0.</source>
        <translation>--position attend un nombre à partir de 0.</translation>
    </message>
    <message>
        <source>moved &quot;%1&quot; to %2</source>
        <translation>«&#xa0;%1&#xa0;» déplacé vers %2</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>merged &quot;%1&quot; into &quot;%2&quot;: %3 codings moved, %4 duplicates dropped, %5 subcodes moved</source>
        <translation>«&#xa0;%1&#xa0;» fusionné dans «&#xa0;%2&#xa0;»&#xa0;: %3 codages déplacés, %4 doublons supprimés, %5 sous-codes déplacés</translation>
    </message>
    <message>
        <source>deleted &quot;%1&quot; with %2 subcodes and %3 codings</source>
        <translation>«&#xa0;%1&#xa0;» supprimé, avec %2 sous-codes et %3 codages</translation>
    </message>
    <message>
        <source>The document&apos;s name.</source>
        <translation>Le nom du document.</translation>
    </message>
    <message>
        <source>The code&apos;s path, e.g. Protection/Children.</source>
        <translation>Le chemin du code, p. ex. Protection/Children.</translation>
    </message>
    <message>
        <source>Code the characters START to END (code points, END exclusive).</source>
        <translation>Coder les caractères de START à END (points de code, END exclu).</translation>
    </message>
    <message>
        <source>Code every occurrence of TEXT.</source>
        <translation>Coder chaque occurrence de TEXT.</translation>
    </message>
    <message>
        <source>Code every match of the regular expression RE (PCRE syntax).</source>
        <translation>Coder chaque correspondance de l&apos;expression régulière RE (syntaxe PCRE).</translation>
    </message>
    <message>
        <source>With --match or --regex: ignore letter case.</source>
        <translation>Avec --match ou --regex&#xa0;: ignorer la casse.</translation>
    </message>
    <message>
        <source>Who codes (default: $MARGINALIA_CODER or the login name).</source>
        <translation>Qui code (par défaut&#xa0;: $MARGINALIA_CODER ou le nom de connexion).</translation>
    </message>
    <message>
        <source>A memo for each coding made.</source>
        <translation>Un mémo pour chaque codage effectué.</translation>
    </message>
    <message>
        <source>--document NAME is required.</source>
        <translation>--document NAME est requis.</translation>
    </message>
    <message>
        <source>--code PATH is required.</source>
        <translation>--code PATH est requis.</translation>
    </message>
    <message>
        <source>give exactly one of --range START:END, --match TEXT or --regex RE.</source>
        <translation>indiquez exactement l&apos;une des options --range START:END, --match TEXT ou --regex RE.</translation>
    </message>
    <message>
        <source>--range takes START:END in characters, e.g. --range 120:245.</source>
        <translation>--range attend START:END en caractères, p. ex. --range 120:245.</translation>
    </message>
    <message>
        <source>the regular expression &quot;%1&quot; is invalid at position %2: %3</source>
        <translation>l&apos;expression régulière «&#xa0;%1&#xa0;» n&apos;est pas valide à la position %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>--match needs some text.</source>
        <translation>--match a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; apply one of its subcodes.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier de codes et ne s&apos;applique pas au texte&#xa0;; appliquez l&apos;un de ses sous-codes.</translation>
    </message>
    <message>
        <source>the range %1:%2 is not inside &quot;%3&quot;, which has characters 0:%4; a range needs 0 &lt;= START &lt; END &lt;= %4.</source>
        <translation>la plage %1:%2 n&apos;est pas comprise dans «&#xa0;%3&#xa0;», qui a les caractères 0:%4&#xa0;; une plage doit vérifier 0 &lt;= START &lt; END &lt;= %4.</translation>
    </message>
    <message>
        <source>no match in &quot;%1&quot;; 0 codings made.</source>
        <translation>aucune correspondance dans «&#xa0;%1&#xa0;»&#xa0;; 0 codage effectué.</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>Un codeur doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; in &quot;%2&quot; by %3</source>
        <translation>
            <numerusform>%n codage effectué&#xa0;: «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» par %3</numerusform>
            <numerusform>%n codages effectués&#xa0;: «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» par %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 existed already)</source>
        <translation> (%1 existaient déjà)</translation>
    </message>
    <message>
        <source>The memo of this document.</source>
        <translation>Le mémo de ce document.</translation>
    </message>
    <message>
        <source>The memo of this code.</source>
        <translation>Le mémo de ce code.</translation>
    </message>
    <message>
        <source>The memo of the coding with this GUID.</source>
        <translation>Le mémo du codage ayant ce GUID.</translation>
    </message>
    <message>
        <source>give at most one of --document, --code, --coding (none: the project memo).</source>
        <translation>indiquez au plus une des options --document, --code, --coding (aucune&#xa0;: le mémo du projet).</translation>
    </message>
    <message>
        <source>%1: there is no coding with GUID %2; &quot;marginalia-cli excerpts --format csv&quot; lists them.</source>
        <translation>%1&#xa0;: aucun codage n&apos;a le GUID %2&#xa0;; &quot;marginalia-cli excerpts --format csv&quot; les liste.</translation>
    </message>
    <message>
        <source>memo saved</source>
        <translation>mémo enregistré</translation>
    </message>
    <message>
        <source>--coders needs at least %1 names, separated by commas.</source>
        <translation>--coders attend au moins %1 noms, séparés par des virgules.</translation>
    </message>
    <message>
        <source>The coders to compare, comma-separated (default: everyone who coded).</source>
        <translation>Les codeurs à comparer, séparés par des virgules (par défaut&#xa0;: tous ceux qui ont codé).</translation>
    </message>
    <message>
        <source>Only this code.</source>
        <translation>Uniquement ce code.</translation>
    </message>
    <message>
        <source>A code covers what its subcodes cover too.</source>
        <translation>Un code couvre aussi ce que couvrent ses sous-codes.</translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation>Uniquement ce document.</translation>
    </message>
    <message>
        <source>One row per code (default, pooled over the documents) or per code and document.</source>
        <translation>Une ligne par code (par défaut, cumulée sur les documents) ou par code et document.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot;; use --by code or document.</source>
        <translation>regroupement inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez --by code ou document.</translation>
    </message>
    <message>
        <source>coders: %1</source>
        <translation>codeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The students&apos; copy to write (a new file).</source>
        <translation>La copie des étudiants à écrire (un nouveau fichier).</translation>
    </message>
    <message>
        <source>Leave this coder&apos;s codings out (repeat for several): the key, so coding is blind.</source>
        <translation>Exclure les codages de ce codeur (à répéter pour plusieurs)&#xa0;: le corrigé, pour que le codage se fasse à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>Leave every coding and coder out.</source>
        <translation>Exclure tous les codages et tous les codeurs.</translation>
    </message>
    <message>
        <source>Leave every memo out.</source>
        <translation>Exclure tous les mémos.</translation>
    </message>
    <message>
        <source>%1: a hand-out is written to a new project file; to share it on a server, push that file (marginalia-cli push FILE URL).</source>
        <translation>%1&#xa0;: une copie distribuée est écrite dans un nouveau fichier de projet&#xa0;; pour la partager sur un serveur, envoyez ce fichier (marginalia-cli push FILE URL).</translation>
    </message>
    <message>
        <source>wrote %1: %2 documents, %3 codes, %4 codings kept</source>
        <translation>%1 écrit&#xa0;: %2 documents, %3 codes, %4 codages conservés</translation>
    </message>
    <message>
        <source>left out: %1 (%2 codings)</source>
        <translation>exclu&#xa0;: %1 (%2 codages)</translation>
    </message>
    <message>
        <source>Projects to merge into TARGET: .marginalia files or REFI-QDA .qdpx.</source>
        <translation>Projets à fusionner dans TARGET&#xa0;: fichiers .marginalia ou REFI-QDA .qdpx.</translation>
    </message>
    <message>
        <source>merging %1 projects</source>
        <translation>fusion de %1 projets</translation>
    </message>
    <message>
        <source>%1 (nothing was merged)</source>
        <translation>%1 (rien n&apos;a été fusionné)</translation>
    </message>
    <message>
        <source>merged %1 projects into %2; %3 conflicts reported</source>
        <translation>%1 projets fusionnés dans %2&#xa0;; %3 conflits signalés</translation>
    </message>
    <message>
        <source>The coder whose codings are the key.</source>
        <translation>Le codeur dont les codages constituent le corrigé.</translation>
    </message>
    <message>
        <source>The coders to score, comma-separated (default: everyone but the key who coded).</source>
        <translation>Les codeurs à évaluer, séparés par des virgules (par défaut&#xa0;: tous ceux qui ont codé, sauf le corrigé).</translation>
    </message>
    <message>
        <source>Also write the class report: a printable HTML page with the table and a chart.</source>
        <translation>Écrire aussi le rapport de classe&#xa0;: une page HTML imprimable avec le tableau et un graphique.</translation>
    </message>
    <message>
        <source>score needs --key NAME: the coder whose codings are the key.</source>
        <translation>score requiert --key NAME&#xa0;: le codeur dont les codages constituent le corrigé.</translation>
    </message>
    <message>
        <source>(all codes)</source>
        <translation>(tous les codes)</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>corrigé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The two coders to compare: A,B.</source>
        <translation>Les deux codeurs à comparer&#xa0;: A,B.</translation>
    </message>
    <message>
        <source>disagreements needs --coders A,B: the two coders to compare.</source>
        <translation>disagreements requiert --coders A,B&#xa0;: les deux codeurs à comparer.</translation>
    </message>
    <message>
        <source>--coders takes exactly two names for disagreements, e.g. --coders alice,bob.</source>
        <translation>--coders attend exactement deux noms pour disagreements, p. ex. --coders alice,bob.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
    <message>
        <source>disagreements: %1</source>
        <translation>désaccords&#xa0;: %1</translation>
    </message>
    <message>
        <source>Group by code (default), document or coder.</source>
        <translation>Regrouper par code (par défaut), document ou codeur.</translation>
    </message>
    <message>
        <source>Count only this coder&apos;s codings.</source>
        <translation>Ne compter que les codages de ce codeur.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot;; use --by code, document or coder.</source>
        <translation>regroupement inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez --by code, document ou coder.</translation>
    </message>
    <message>
        <source>What the rows are: codes (the default and, for now, the only choice).</source>
        <translation>Ce que sont les lignes&#xa0;: codes (par défaut et, pour l&apos;instant, seul choix possible).</translation>
    </message>
    <message>
        <source>What the columns are: documents (default), attribute:NAME (one per value of the documents&apos; attribute NAME), cases, case-attribute:NAME (one per value of the cases&apos; attribute NAME), or codes for co-occurrence.</source>
        <translation>Ce que sont les colonnes&#xa0;: documents (par défaut), attribute:NAME (une par valeur de l&apos;attribut NAME des documents), cases, case-attribute:NAME (une par valeur de l&apos;attribut NAME des cas), ou codes pour les cooccurrences.</translation>
    </message>
    <message>
        <source>What a cell counts: codings (default), documents, characters or presence (0/1).</source>
        <translation>Ce que compte une cellule&#xa0;: codings (codages, par défaut), documents, characters (caractères) ou presence (présence, 0/1).</translation>
    </message>
    <message>
        <source>With --columns codes: when two codings co-occur: overlap (default), within:N (at most N characters apart) or paragraph (in a common paragraph).</source>
        <translation>Avec --columns codes&#xa0;: quand deux codages sont en cooccurrence&#xa0;: overlap (chevauchement, par défaut), within:N (à N caractères au plus l&apos;un de l&apos;autre) ou paragraph (dans un même paragraphe).</translation>
    </message>
    <message>
        <source>A code&apos;s row (and column) counts the codings of its subcodes too.</source>
        <translation>La ligne (et la colonne) d&apos;un code compte aussi les codages de ses sous-codes.</translation>
    </message>
    <message>
        <source>Only the codes of this code set as rows (and, with --columns codes, as columns).</source>
        <translation>Uniquement les codes de cet ensemble de codes en lignes (et, avec --columns codes, en colonnes).</translation>
    </message>
    <message>
        <source>unknown row kind &quot;%1&quot;; use --rows codes.</source>
        <translation>type de ligne inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez --rows codes.</translation>
    </message>
    <message>
        <source>unknown column kind &quot;%1&quot;; use --columns documents, attribute:NAME, cases, case-attribute:NAME or codes.</source>
        <translation>type de colonne inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez --columns documents, attribute:NAME, cases, case-attribute:NAME ou codes.</translation>
    </message>
    <message>
        <source>unknown cell measure &quot;%1&quot;; use codings, documents, characters or presence.</source>
        <translation>mesure de cellule inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez codings, documents, characters ou presence.</translation>
    </message>
    <message>
        <source>--cooccurrence needs --columns codes.</source>
        <translation>--cooccurrence requiert --columns codes.</translation>
    </message>
    <message>
        <source>unknown co-occurrence &quot;%1&quot;; use overlap, within:N (N characters, 0 or more) or paragraph.</source>
        <translation>cooccurrence inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez overlap, within:N (N caractères, 0 ou plus) ou paragraph.</translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook: give the file with --output.</source>
        <translation>--format xlsx écrit un classeur&#xa0;: indiquez le fichier avec --output.</translation>
    </message>
    <message>
        <source>There is no code set &quot;%1&quot;; &quot;marginalia-cli sets --codes&quot; lists them.</source>
        <translation>Il n&apos;y a pas d&apos;ensemble de codes «&#xa0;%1&#xa0;»&#xa0;; &quot;marginalia-cli sets --codes&quot; les liste.</translation>
    </message>
    <message>
        <source>%1 has no cases yet: add them with &quot;marginalia-cli cases&quot;, or use --columns attribute:NAME to group documents by an attribute.</source>
        <translation>%1 n&apos;a pas encore de cas&#xa0;: ajoutez-en avec &quot;marginalia-cli cases&quot;, ou utilisez --columns attribute:NAME pour regrouper les documents selon un attribut.</translation>
    </message>
    <message>
        <source>Only codings of this code.</source>
        <translation>Uniquement les codages de ce code.</translation>
    </message>
    <message>
        <source>With --code: also the codings of its subcodes.</source>
        <translation>Avec --code&#xa0;: aussi les codages de ses sous-codes.</translation>
    </message>
    <message>
        <source>Only this coder&apos;s codings.</source>
        <translation>Uniquement les codages de ce codeur.</translation>
    </message>
    <message>
        <source>Only codings in this document.</source>
        <translation>Uniquement les codages de ce document.</translation>
    </message>
    <message>
        <source>--include-subcodes goes with --code PATH.</source>
        <translation>--include-subcodes s&apos;utilise avec --code PATH.</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>memo: %1</source>
        <translation>mémo&#xa0;: %1</translation>
    </message>
    <message>
        <source>excerpts: %1</source>
        <translation>extraits&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cases&apos; attributes instead of the documents&apos;: a first column &quot;case&quot;; --import adds the cases it names that the project does not have.</source>
        <translation>Les attributs des cas au lieu de ceux des documents&#xa0;: une première colonne &quot;case&quot;&#xa0;; --import ajoute les cas qu&apos;elle nomme et que le projet n&apos;a pas.</translation>
    </message>
    <message>
        <source>Set the documents&apos; attributes from a CSV: a column &quot;document&quot;, then one per attribute (NAME or NAME:TYPE, TYPE text, number, date, yes/no or list). All or nothing.</source>
        <translation>Définir les attributs des documents à partir d&apos;un CSV&#xa0;: une colonne &quot;document&quot;, puis une par attribut (NAME ou NAME:TYPE, TYPE valant text, number, date, yes/no ou list). Tout ou rien.</translation>
    </message>
    <message>
        <source>Write the documents&apos; attributes to a CSV, in the form --import reads (- for standard output).</source>
        <translation>Écrire les attributs des documents dans un CSV, sous la forme que lit --import (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>give --import or --export, not both.</source>
        <translation>indiquez --import ou --export, pas les deux.</translation>
    </message>
    <message>
        <source>%1 cases read; %2 values set, %3 removed</source>
        <translation>%1 cas lus&#xa0;; %2 valeurs définies, %3 supprimées</translation>
    </message>
    <message>
        <source>%1 documents read; %2 values set, %3 removed</source>
        <translation>%1 documents lus&#xa0;; %2 valeurs définies, %3 supprimées</translation>
    </message>
    <message>
        <source>cases added: %1</source>
        <translation>cas ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>attributes added: %1</source>
        <translation>attributs ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a case of this name.</source>
        <translation>Ajouter un cas de ce nom.</translation>
    </message>
    <message>
        <source>Remove the case of this name (not its documents).</source>
        <translation>Supprimer le cas de ce nom (pas ses documents).</translation>
    </message>
    <message>
        <source>Assign --document NAME (or a --range of it) to this case.</source>
        <translation>Affecter --document NAME (ou une --range de celui-ci) à ce cas.</translation>
    </message>
    <message>
        <source>With --assign: the document.</source>
        <translation>Avec --assign&#xa0;: le document.</translation>
    </message>
    <message>
        <source>With --assign: only the passage START:END of the document (code points).</source>
        <translation>Avec --assign&#xa0;: uniquement le passage START:END du document (points de code).</translation>
    </message>
    <message>
        <source>give one of --add, --remove and --assign.</source>
        <translation>indiquez une option parmi --add, --remove et --assign.</translation>
    </message>
    <message>
        <source>--assign CASE goes with --document NAME.</source>
        <translation>--assign CASE s&apos;utilise avec --document NAME.</translation>
    </message>
    <message>
        <source>--range is START:END with START &lt; END, e.g. 120:480.</source>
        <translation>--range s&apos;écrit START:END avec START &lt; END, p. ex. 120:480.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de cas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>documents and passages</source>
        <translation>documents et passages</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributs</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>cas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a set of this name.</source>
        <translation>Ajouter un ensemble de ce nom.</translation>
    </message>
    <message>
        <source>With --add: the set is the documents meeting CONDITION, whenever it is used.</source>
        <translation>Avec --add&#xa0;: l&apos;ensemble est constitué des documents qui remplissent CONDITION, à chaque utilisation.</translation>
    </message>
    <message>
        <source>With --add: a document of the set (repeat for more).</source>
        <translation>Avec --add&#xa0;: un document de l&apos;ensemble (à répéter pour en ajouter).</translation>
    </message>
    <message>
        <source>With --add: a code of a code set (repeat for more); the set is then one of codes.</source>
        <translation>Avec --add&#xa0;: un code d&apos;un ensemble de codes (à répéter pour en ajouter)&#xa0;; l&apos;ensemble est alors un ensemble de codes.</translation>
    </message>
    <message>
        <source>Remove the set of this name.</source>
        <translation>Supprimer l&apos;ensemble de ce nom.</translation>
    </message>
    <message>
        <source>The sets of codes: list them, or with --remove remove one of them.</source>
        <translation>Les ensembles de codes&#xa0;: les lister ou, avec --remove, en supprimer un.</translation>
    </message>
    <message>
        <source>give --add or --remove, not both.</source>
        <translation>indiquez --add ou --remove, pas les deux.</translation>
    </message>
    <message>
        <source>a set holds documents (--where, --document) or codes (--code), not both.</source>
        <translation>un ensemble contient des documents (--where, --document) ou des codes (--code), pas les deux.</translation>
    </message>
    <message>
        <source>--add NAME needs --where CONDITION or its documents (--document NAME, repeated), or its codes (--code PATH, repeated).</source>
        <translation>--add NAME requiert --where CONDITION ou ses documents (--document NAME, répété), ou ses codes (--code PATH, répété).</translation>
    </message>
    <message>
        <source>code set &quot;%1&quot; added: %2 codes</source>
        <translation>ensemble de codes «&#xa0;%1&#xa0;» ajouté&#xa0;: %2 codes</translation>
    </message>
    <message>
        <source>There is no code set &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;ensemble de codes «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>code set</source>
        <translation>ensemble de codes</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>code paths</source>
        <translation>chemins des codes</translation>
    </message>
    <message>
        <source>code sets: %1</source>
        <translation>ensembles de codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>set &quot;%1&quot; added: %2 documents now</source>
        <translation>ensemble «&#xa0;%1&#xa0;» ajouté&#xa0;: %2 documents à présent</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;ensemble «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>set</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>sets: %1</source>
        <translation>ensembles&#xa0;: %1</translation>
    </message>
    <message>
        <source>QUERY is a regular expression (PCRE syntax), run over every text.</source>
        <translation>QUERY est une expression régulière (syntaxe PCRE), appliquée à chaque texte.</translation>
    </message>
    <message>
        <source>QUERY is a run of characters, found inside words too (automatic for Chinese, Japanese, Thai...).</source>
        <translation>QUERY est une suite de caractères, trouvée aussi à l&apos;intérieur des mots (automatique pour le chinois, le japonais, le thaï...).</translation>
    </message>
    <message>
        <source>With --regex or --substring: tell capitals apart.</source>
        <translation>Avec --regex ou --substring&#xa0;: distinguer majuscules et minuscules.</translation>
    </message>
    <message>
        <source>Characters of context each side of a hit (default 40).</source>
        <translation>Nombre de caractères de contexte de part et d&apos;autre d&apos;une occurrence (par défaut 40).</translation>
    </message>
    <message>
        <source>Search the memos too (the project&apos;s, documents&apos;, codes&apos; and codings&apos;); their hits come after the text&apos;s, the source column saying whose memo.</source>
        <translation>Rechercher aussi dans les mémos (du projet, des documents, des codes et des codages)&#xa0;; leurs occurrences viennent après celles du texte, la colonne source indiquant à qui appartient le mémo.</translation>
    </message>
    <message>
        <source>Code every hit with this code (auto-coding) instead of listing them.</source>
        <translation>Coder chaque occurrence avec ce code (codage automatique) au lieu de les lister.</translation>
    </message>
    <message>
        <source>With --code: who codes (default: $MARGINALIA_CODER or the login name).</source>
        <translation>Avec --code&#xa0;: qui code (par défaut&#xa0;: $MARGINALIA_CODER ou le nom de connexion).</translation>
    </message>
    <message>
        <source>With --code: code the hit, its sentence or its paragraph (default hit).</source>
        <translation>Avec --code&#xa0;: coder l&apos;occurrence, sa phrase ou son paragraphe (par défaut hit).</translation>
    </message>
    <message>
        <source>--regex and --substring are two ways to read QUERY; give one.</source>
        <translation>--regex et --substring sont deux façons de lire QUERY&#xa0;; n&apos;en indiquez qu&apos;une.</translation>
    </message>
    <message>
        <source>--context needs a number of characters from 0 to 10000.</source>
        <translation>--context attend un nombre de caractères compris entre 0 et 10000.</translation>
    </message>
    <message>
        <source>--extend is hit, sentence or paragraph, not &quot;%1&quot;.</source>
        <translation>--extend vaut hit, sentence ou paragraph, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--coder and --extend go with --code PATH.</source>
        <translation>--coder et --extend s&apos;utilisent avec --code PATH.</translation>
    </message>
    <message>
        <source>--memos lists hits in memos; they cannot be coded (leave out --code or --memos).</source>
        <translation>--memos liste les occurrences dans les mémos&#xa0;; elles ne peuvent pas être codées (omettez --code ou --memos).</translation>
    </message>
    <message>
        <source>QUERY is empty: give a word, a &quot;phrase&quot;, a prefix* or a pattern.</source>
        <translation>QUERY est vide&#xa0;: indiquez un mot, une &quot;expression&quot;, un préfixe* ou un motif.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; by %2</source>
        <translation>
            <numerusform>%n codage effectué&#xa0;: «&#xa0;%1&#xa0;» par %2</numerusform>
            <numerusform>%n codages effectués&#xa0;: «&#xa0;%1&#xa0;» par %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 hits; %2 already coded)</source>
        <translation>(%1 occurrences&#xa0;; %2 déjà codées)</translation>
    </message>
    <message>
        <source>hits: %1 in %2 documents</source>
        <translation>occurrences&#xa0;: %1 dans %2 documents</translation>
    </message>
    <message>
        <source>; %1 in memos</source>
        <translation>; %1 dans les mémos</translation>
    </message>
    <message>
        <source>%1: OK (%2 documents, %3 codes, %4 codings; no problems found)</source>
        <translation>%1&#xa0;: OK (%2 documents, %3 codes, %4 codages&#xa0;; aucun problème détecté)</translation>
    </message>
    <message>
        <source>%1: problems found: %2</source>
        <translation>%1&#xa0;: problèmes détectés&#xa0;: %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>%1: a project on a server is backed up by the server (its administrator&apos;s pg_dump), not by marginalia-cli; for a file copy of it, run &quot;marginalia-cli pull %1 FILE&quot;.</source>
        <translation>%1&#xa0;: un projet sur serveur est sauvegardé par le serveur (pg_dump de son administrateur), non par marginalia-cli&#xa0;; pour en obtenir une copie sous forme de fichier, exécutez &quot;marginalia-cli pull %1 FILE&quot;.</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3 bytes, check ok)</source>
        <translation>%1 sauvegardé dans %2 (%3 octets, vérification réussie)</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>time</source>
        <translation>date</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>backups: %1</source>
        <translation>sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup to restore (&quot;marginalia-cli backups&quot; lists them).</source>
        <translation>La sauvegarde à restaurer (&quot;marginalia-cli backups&quot; les liste).</translation>
    </message>
    <message>
        <source>restored %1 from the backup of %2</source>
        <translation>%1 restauré à partir de la sauvegarde du %2</translation>
    </message>
    <message>
        <source>the file it replaced is kept as %1</source>
        <translation>le fichier remplacé est conservé sous le nom %1</translation>
    </message>
    <message>
        <source>marginalia-cli %1: warning: no backup was made: %2</source>
        <translation>marginalia-cli %1&#xa0;: avertissement&#xa0;: aucune sauvegarde n&apos;a été faite&#xa0;: %2</translation>
    </message>
    <message>
        <source>The REFI-QDA project file to write (.qdpx).</source>
        <translation>Le fichier de projet REFI-QDA à écrire (.qdpx).</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>The REFI-QDA project to import (.qdpx, or a folder with an unzipped one).</source>
        <translation>Le projet REFI-QDA à importer (.qdpx, ou un dossier contenant un projet décompressé).</translation>
    </message>
    <message>
        <source>The new project file to create (*.marginalia).</source>
        <translation>Le nouveau fichier de projet à créer (*.marginalia).</translation>
    </message>
    <message>
        <source>How selections&apos; positions count characters: auto (default: code points, unless the text shows UTF-16 units, as NVivo writes them), code-points (REFI-QDA) or utf16.</source>
        <translation>Comment les positions des sélections comptent les caractères&#xa0;: auto (par défaut&#xa0;: points de code, sauf si le texte révèle des unités UTF-16, comme les écrit NVivo), code-points (REFI-QDA) ou utf16.</translation>
    </message>
    <message>
        <source>unknown --positions &quot;%1&quot;; use auto, code-points or utf16.</source>
        <translation>--positions inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez auto, code-points ou utf16.</translation>
    </message>
    <message>
        <source>no temporary folder to import %1 into.</source>
        <translation>aucun dossier temporaire dans lequel importer %1.</translation>
    </message>
    <message>
        <source>imported %1 into the new project %2</source>
        <translation>%1 importé dans le nouveau projet %2</translation>
    </message>
    <message>
        <source>The REFI-QDA codebook file to write (.qdc).</source>
        <translation>Le fichier de livre de codes REFI-QDA à écrire (.qdc).</translation>
    </message>
    <message>
        <source>exported the codebook of %1 to %2: %3 codes</source>
        <translation>livre de codes de %1 exporté vers %2&#xa0;: %3 codes</translation>
    </message>
    <message>
        <source>not in the codebook file: %1: %2</source>
        <translation>absent du fichier de livre de codes&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The REFI-QDA codebook to merge (.qdc).</source>
        <translation>Le livre de codes REFI-QDA à fusionner (.qdc).</translation>
    </message>
    <message>
        <source>merged the codebook %1 into %2</source>
        <translation>livre de codes %1 fusionné dans %2</translation>
    </message>
    <message>
        <source>%1 documents, %2 codes, %3 coders, %4 codings</source>
        <translation>%1 documents, %2 codes, %3 codeurs, %4 codages</translation>
    </message>
    <message>
        <source>%1 is not a server project: give a URL, postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>%1 n&apos;est pas un projet sur serveur&#xa0;: indiquez une URL, postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, ou un fichier .marginalia-server.</translation>
    </message>
    <message>
        <source>%1
Nothing was copied, but the new project %2 could not be removed again (%3): remove it with &quot;marginalia-cli server-remove %2&quot;.</source>
        <translation>%1
Rien n&apos;a été copié, mais le nouveau projet %2 n&apos;a pas pu être supprimé (%3)&#xa0;: supprimez-le avec &quot;marginalia-cli server-remove %2&quot;.</translation>
    </message>
    <message>
        <source>%1
Nothing was copied; the server is as it was.</source>
        <translation>%1
Rien n&apos;a été copié&#xa0;; le serveur est dans son état antérieur.</translation>
    </message>
    <message>
        <source>The database: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (a ?project= is allowed and ignored).</source>
        <translation>La base de données&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (un ?project= est accepté et ignoré).</translation>
    </message>
    <message>
        <source>%1 is not a server URL: give postgresql://[LOGIN@]HOST[:PORT]/DATABASE.</source>
        <translation>%1 n&apos;est pas une URL de serveur&#xa0;: indiquez postgresql://[LOGIN@]HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>%1: ready for Marginalia projects (the schema &quot;marginalia&quot; holds their catalog; running server-init again changes nothing).</source>
        <translation>%1&#xa0;: prêt pour les projets Marginalia (le schéma &quot;marginalia&quot; contient leur catalogue&#xa0;; relancer server-init ne change rien).</translation>
    </message>
    <message>
        <source>Next: &quot;marginalia-cli init URL?project=NAME&quot; for a new project, or &quot;marginalia-cli push FILE URL?project=NAME&quot; to put a project file on the server.</source>
        <translation>Ensuite&#xa0;: &quot;marginalia-cli init URL?project=NAME&quot; pour un nouveau projet, ou &quot;marginalia-cli push FILE URL?project=NAME&quot; pour placer un fichier de projet sur le serveur.</translation>
    </message>
    <message>
        <source>The project file to put on the server.</source>
        <translation>Le fichier de projet à placer sur le serveur.</translation>
    </message>
    <message>
        <source>The new server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file. It must not exist yet.</source>
        <translation>Le nouveau projet sur serveur&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, ou un fichier .marginalia-server. Il ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>%1 is a server project; push takes a project file, then the server URL (to copy between servers, pull to a file and push that).</source>
        <translation>%1 est un projet sur serveur&#xa0;; push attend un fichier de projet, puis l&apos;URL du serveur (pour copier d&apos;un serveur à un autre, faites un pull vers un fichier puis un push de ce fichier).</translation>
    </message>
    <message>
        <source>pushed %1 to %2: %3 in %4 s</source>
        <translation>%1 envoyé vers %2&#xa0;: %3 en %4 s</translation>
    </message>
    <message>
        <source>You are its owner. Give your team access with &quot;marginalia-cli member-add URL LOGIN coder&quot; (or viewer).</source>
        <translation>Vous en êtes le propriétaire. Donnez accès à votre équipe avec &quot;marginalia-cli member-add URL LOGIN coder&quot; (ou viewer).</translation>
    </message>
    <message>
        <source>The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>Le projet sur serveur&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, ou un fichier .marginalia-server.</translation>
    </message>
    <message>
        <source>The new project file to write (*.marginalia).</source>
        <translation>Le nouveau fichier de projet à écrire (*.marginalia).</translation>
    </message>
    <message>
        <source>%1 is a server project; pull writes a project file (to copy between servers, pull to a file and push that).</source>
        <translation>%1 est un projet sur serveur&#xa0;; pull écrit un fichier de projet (pour copier d&apos;un serveur à un autre, faites un pull vers un fichier puis un push de ce fichier).</translation>
    </message>
    <message>
        <source>%1: the file exists already; pull writes a new file.</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; pull écrit un nouveau fichier.</translation>
    </message>
    <message>
        <source>pulled %1 into %2: %3 in %4 s</source>
        <translation>%1 récupéré dans %2&#xa0;: %3 en %4 s</translation>
    </message>
    <message>
        <source>The file is a copy: changes to it stay in it (&quot;marginalia-cli merge URL %1&quot; brings them back).</source>
        <translation>Le fichier est une copie&#xa0;: les modifications qui y sont faites y restent (&quot;marginalia-cli merge URL %1&quot; les rapatrie).</translation>
    </message>
    <message>
        <source>The server project to remove: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>Le projet sur serveur à supprimer&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, ou un fichier .marginalia-server.</translation>
    </message>
    <message>
        <source>removed %1 from its server, with everything it held and its members&apos; roles on it.</source>
        <translation>%1 supprimé de son serveur, avec tout son contenu et les rôles de ses membres sur ce projet.</translation>
    </message>
    <message>
        <source>The server project (you must be one of its owners).</source>
        <translation>Le projet sur serveur (vous devez être l&apos;un de ses propriétaires).</translation>
    </message>
    <message>
        <source>The member&apos;s login on the server (made by its administrator).</source>
        <translation>L&apos;identifiant du membre sur le serveur (créé par son administrateur).</translation>
    </message>
    <message>
        <source>owner (everything, and adds members), coder (codes as themself, adds and edits codes and memos) or viewer (reads).</source>
        <translation>owner (propriétaire&#xa0;: tous les droits, et ajoute des membres), coder (codeur&#xa0;: code en son propre nom, ajoute et modifie codes et mémos) ou viewer (lecteur&#xa0;: lecture seule).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use owner, coder or viewer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;: utilisez owner, coder ou viewer.</translation>
    </message>
    <message>
        <source>the login is empty.</source>
        <translation>l&apos;identifiant est vide.</translation>
    </message>
    <message>
        <source>%1: %2 is now %3 of this project (any other role of theirs on it was taken back).</source>
        <translation>%1&#xa0;: %2 est désormais %3 de ce projet (tout autre rôle qu&apos;il ou elle y avait lui a été retiré).</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>codeur</translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>Le projet sur serveur&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME.</translation>
    </message>
    <message>
        <source>The connection file to write; &quot;.marginalia-server&quot; is added when missing.</source>
        <translation>Le fichier de connexion à écrire&#xa0;; &quot;.marginalia-server&quot; est ajouté s&apos;il manque.</translation>
    </message>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>wrote %1: it opens %2 on a double click, and marginalia-cli takes it as PROJECT.</source>
        <translation>%1 écrit&#xa0;: un double-clic sur ce fichier ouvre %2, et marginalia-cli l&apos;accepte comme PROJECT.</translation>
    </message>
    <message>
        <source>The URL&apos;s password was left out of the file: each member keeps theirs in ~/.pgpass.</source>
        <translation>Le mot de passe de l&apos;URL n&apos;a pas été inclus dans le fichier&#xa0;: chaque membre conserve le sien dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>Usage: marginalia-cli COMMAND PROJECT [options]</source>
        <translation>Utilisation&#xa0;: marginalia-cli COMMAND PROJECT [options]</translation>
    </message>
    <message>
        <source>Qualitative coding of text documents, from the command line. Offsets are Unicode code points; CSV is RFC 4180 UTF-8.</source>
        <translation>Codage qualitatif de documents texte, en ligne de commande. Les positions sont des points de code Unicode&#xa0;; le CSV est au format RFC 4180 UTF-8.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>PROJECT is a project file, or a project on a PostgreSQL server: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (?host=/run/postgresql for a socket folder), or a .marginalia-server file. Passwords come from ~/.pgpass, PGPASSFILE or a service file.</source>
        <translation>PROJECT est un fichier de projet, ou un projet sur un serveur PostgreSQL&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (?host=/run/postgresql pour un dossier de socket), ou un fichier .marginalia-server. Les mots de passe proviennent de ~/.pgpass, de PGPASSFILE ou d&apos;un fichier de service.</translation>
    </message>
    <message>
        <source>Run &quot;marginalia-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Exécutez &quot;marginalia-cli COMMAND --help&quot; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>marginalia-cli: unknown command &quot;%1&quot;.</source>
        <translation>marginalia-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project file (*.marginalia), or a project on a server: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME or a .marginalia-server file.</source>
        <translation>Le fichier de projet (*.marginalia), ou un projet sur un serveur&#xa0;: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME ou un fichier .marginalia-server.</translation>
    </message>
    <message>
        <source>Write the project report: a printable HTML page with the codebook, frequencies, excerpts, memos and agreement.</source>
        <translation>Écrire le rapport du projet&#xa0;: une page HTML imprimable avec le livre de codes, les fréquences, les extraits, les mémos et l&apos;accord inter-codeurs.</translation>
    </message>
    <message>
        <source>The report to write (an HTML page; an existing file is replaced).</source>
        <translation>Le rapport à écrire (une page HTML&#xa0;; un fichier existant est remplacé).</translation>
    </message>
    <message>
        <source>List this code&apos;s excerpts (repeat for several; without it, no excerpts).</source>
        <translation>Lister les extraits de ce code (à répéter pour plusieurs codes&#xa0;; sans cette option, aucun extrait).</translation>
    </message>
    <message>
        <source>With --code: also the excerpts of its subcodes.</source>
        <translation>Avec --code&#xa0;: inclure aussi les extraits de ses sous-codes.</translation>
    </message>
    <message>
        <source>At most N excerpts per code (default 0: all of them).</source>
        <translation>Au plus N extraits par code (par défaut 0&#xa0;: tous).</translation>
    </message>
    <message>
        <source>The coders whose agreement is reported, comma-separated (default: everyone who coded, when that is two or more).</source>
        <translation>Les codeurs dont l&apos;accord est rapporté, séparés par des virgules (par défaut&#xa0;: tous ceux qui ont codé, s&apos;ils sont au moins deux).</translation>
    </message>
    <message>
        <source>Leave the agreement between coders out.</source>
        <translation>Omettre l&apos;accord inter-codeurs.</translation>
    </message>
    <message>
        <source>--max-excerpts needs a number, 0 or more; got &quot;%1&quot;.</source>
        <translation>--max-excerpts requiert un nombre, 0 ou plus&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the report is written to a file; give a file name such as report.html.</source>
        <translation>%1&#xa0;: le rapport est écrit dans un fichier&#xa0;; indiquez un nom de fichier tel que report.html.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the report&apos;s file name, such as report.html.</source>
        <translation>%1 est un dossier&#xa0;; indiquez le nom de fichier du rapport, tel que report.html.</translation>
    </message>
    <message>
        <source>Choose codes with --code PATH (marginalia-cli report --help).</source>
        <translation>Choisissez des codes avec --code PATH (marginalia-cli report --help).</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n code(s), </source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n code, </numerusform>
            <numerusform>%1 écrit&#xa0;: %n codes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n extrait</numerusform>
            <numerusform>%n extraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, agreement of %n coder(s)</source>
        <translation>
            <numerusform>, accord de %n codeur</numerusform>
            <numerusform>, accord de %n codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>List a server project&apos;s members, each login with its role (any member may).</source>
        <translation>Lister les membres d&apos;un projet sur serveur, chaque identifiant avec son rôle (tout membre le peut).</translation>
    </message>
    <message>
        <source>Write CSV (the same as --format csv).</source>
        <translation>Écrire du CSV (comme --format csv).</translation>
    </message>
    <message>
        <source>The server project (any of its members may list them).</source>
        <translation>Le projet sur serveur (chacun de ses membres peut les lister).</translation>
    </message>
    <message>
        <source>%1 is not a server project: members lists the members of a project on a server (a project file has none; &quot;marginalia-cli push FILE URL&quot; puts it on one).</source>
        <translation>%1 n&apos;est pas un projet sur serveur&#xa0;: members liste les membres d&apos;un projet sur un serveur (un fichier de projet n&apos;en a pas&#xa0;; «&#xa0;marginalia-cli push FILE URL&#xa0;» le place sur un serveur).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a login&apos;s role on a server project back (owners only; never the last owner).</source>
        <translation>Retirer à un identifiant son rôle sur un projet sur serveur (propriétaires seulement&#xa0;; jamais au dernier propriétaire).</translation>
    </message>
    <message>
        <source>The member whose role to take back.</source>
        <translation>Le membre dont retirer le rôle.</translation>
    </message>
    <message>
        <source>%1: %2 has no role on this project any more; the codings made under their coders stay.</source>
        <translation>%1&#xa0;: %2 n&apos;a plus de rôle sur ce projet&#xa0;; les codages faits sous ses codeurs restent.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::Agreement</name>
    <message>
        <source>there is no text to compare</source>
        <translation>il n&apos;y a pas de texte à comparer</translation>
    </message>
    <message>
        <source>there are no units to compare</source>
        <translation>il n&apos;y a pas d&apos;unités à comparer</translation>
    </message>
    <message>
        <source>no coder coded anything</source>
        <translation>aucun codeur n&apos;a rien codé</translation>
    </message>
    <message>
        <source>every coder coded everything</source>
        <translation>chaque codeur a tout codé</translation>
    </message>
    <message>
        <source>needs at least two coders</source>
        <translation>requiert au moins deux codeurs</translation>
    </message>
    <message>
        <source>needs exactly two coders</source>
        <translation>requiert exactement deux codeurs</translation>
    </message>
    <message>
        <source>the counts are inconsistent</source>
        <translation>les effectifs sont incohérents</translation>
    </message>
    <message>
        <source>no unit has values from two coders</source>
        <translation>aucune unité n&apos;a de valeurs de deux codeurs</translation>
    </message>
    <message>
        <source>every value is the same</source>
        <translation>toutes les valeurs sont identiques</translation>
    </message>
    <message>
        <source>the ratio metric needs values of zero or more</source>
        <translation>la métrique de rapport requiert des valeurs positives ou nulles</translation>
    </message>
    <message>
        <source>the table is not square</source>
        <translation>le tableau n&apos;est pas carré</translation>
    </message>
    <message>
        <source>every unit needs the same number of ratings</source>
        <translation>chaque unité doit avoir le même nombre d&apos;évaluations</translation>
    </message>
    <message>
        <source>every rating is in the same category</source>
        <translation>toutes les évaluations sont dans la même catégorie</translation>
    </message>
    <message>
        <source>Unitizing alpha: %1 coders&apos; segments given for %2 coders</source>
        <translation>Alpha d&apos;unitisation&#xa0;: segments de %1 codeurs fournis pour %2 codeurs</translation>
    </message>
    <message>
        <source>Unitizing alpha: a continuum has a negative length</source>
        <translation>Alpha d&apos;unitisation&#xa0;: un continuum a une longueur négative</translation>
    </message>
    <message>
        <source>Unitizing alpha: coder %1&apos;s segments are not sorted, overlap, are empty or lie outside the continuum</source>
        <translation>Alpha d&apos;unitisation&#xa0;: les segments du codeur %1 ne sont pas triés, se chevauchent, sont vides ou se situent hors du continuum</translation>
    </message>
    <message>
        <source>Unitizing alpha: %1 coders&apos; continua added to %2 coders&apos;</source>
        <translation>Alpha d&apos;unitisation&#xa0;: continuums de %1 codeurs ajoutés à ceux de %2 codeurs</translation>
    </message>
    <message>
        <source>Unitizing alpha: the lengths of uncoded continua must be sorted and not negative</source>
        <translation>Alpha d&apos;unitisation&#xa0;: les longueurs des continuums non codés doivent être triées et non négatives</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AtomicFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AttributeCsv</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB, too large for a table of attributes.</source>
        <translation>%1&#xa0;: fait %2 Mo, c&apos;est trop pour un tableau d&apos;attributs.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is empty; the first row names the columns: %2, then one per attribute.</source>
        <translation>%1&#xa0;: est vide&#xa0;; la première ligne nomme les colonnes&#xa0;: %2, puis une par attribut.</translation>
    </message>
    <message>
        <source>%1: the first column must be &quot;case&quot; (the cases&apos; names), not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: la première colonne doit être &quot;case&quot; (les noms des cas), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the first column must be &quot;document&quot; (the documents&apos; names), not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: la première colonne doit être &quot;document&quot; (les noms des documents), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: column %2 has no name.</source>
        <translation>%1&#xa0;: la colonne %2 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is there twice.</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; says %3, but the project&apos;s attribute %2 is %4.</source>
        <translation>%1&#xa0;: la colonne «&#xa0;%2&#xa0;» indique %3, mais l&apos;attribut %2 du projet est %4.</translation>
    </message>
    <message>
        <source>row %1: the %2 has no name</source>
        <translation>ligne %1&#xa0;: le %2 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>row %1: there is no document named &quot;%2&quot;</source>
        <translation>ligne %1&#xa0;: il n&apos;y a pas de document nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has a row already</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» a déjà une ligne</translation>
    </message>
    <message>
        <source>row %1: has %2 fields, the header %3</source>
        <translation>ligne %1&#xa0;: a %2 champs, l&apos;en-tête %3</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: nothing was imported; fix these and import again:</source>
        <translation>%1&#xa0;: rien n&apos;a été importé&#xa0;; corrigez ces points et importez à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>importing attributes from %1</source>
        <translation>importation des attributs depuis %1</translation>
    </message>
    <message>
        <source>Writing the attributes failed: %1</source>
        <translation>L&apos;écriture des attributs a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AttributeTypes</name>
    <message>
        <source>There is no attribute &quot;%1&quot;: the project has no attributes yet.</source>
        <translation>Il n&apos;y a pas d&apos;attribut «&#xa0;%1&#xa0;»&#xa0;: le projet n&apos;a pas encore d&apos;attributs.</translation>
    </message>
    <message>
        <source>There is no attribute &quot;%1&quot; (there are: %2).</source>
        <translation>Il n&apos;y a pas d&apos;attribut «&#xa0;%1&#xa0;» (il y a&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2 is a number).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre (%2 est un nombre).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2017-05-04 (%2 is a date).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date telle que 2017-05-04 (%2 est une date).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (%2 is yes/no).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni oui ni non (%2 est de type oui/non).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values of %2 (%3).</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs de %2 (%3).</translation>
    </message>
    <message>
        <source>Unknown attribute type.</source>
        <translation>Type d&apos;attribut inconnu.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::BatchImporter</name>
    <message>
        <source>%1: the project already has this file, as the document &quot;%2&quot;.</source>
        <translation>%1&#xa0;: le projet contient déjà ce fichier, en tant que document «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ClassReport</name>
    <message>
        <source>Class report: %1</source>
        <translation>Rapport de classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each student&apos;s coding compared with the key (%1), character by character: Cohen&apos;s kappa per code, and over all codes either coded. Made %2 by Marginalia.</source>
        <translation>Le codage de chaque étudiant comparé au corrigé (%1), caractère par caractère&#xa0;: kappa de Cohen par code, et sur l&apos;ensemble des codes codés par l&apos;un ou l&apos;autre. Réalisé %2 par Marginalia.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa with the key</source>
        <translation>Kappa de Cohen avec le corrigé</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Over all codes</source>
        <translation>Sur l&apos;ensemble des codes</translation>
    </message>
    <message>
        <source>Kappa, precision and recall of each student over all codes</source>
        <translation>Kappa, précision et rappel de chaque étudiant sur l&apos;ensemble des codes</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Writing the class report failed: %1</source>
        <translation>L&apos;écriture du rapport de classe a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CodeMatrix</name>
    <message>
        <source>The group &quot;%1&quot; has a region that ends before it starts (%2 to %3).</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» a une région qui se termine avant de commencer (%2 à %3).</translation>
    </message>
    <message>
        <source>The distance between codings cannot be negative (%1).</source>
        <translation>La distance entre codages ne peut pas être négative (%1).</translation>
    </message>
    <message>
        <source>Characters are counted only for codings that overlap: count codings, documents or presence for codings near each other or in the same paragraph.</source>
        <translation>Les caractères ne sont comptés que pour les codages qui se chevauchent&#xa0;: comptez les codages, les documents ou la présence pour des codages proches l&apos;un de l&apos;autre ou dans le même paragraphe.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CoderAgreement</name>
    <message>
        <source>%1: agreement needs two or more coders who coded, and there %2.</source>
        <translation>%1&#xa0;: le calcul de l&apos;accord requiert au moins deux codeurs ayant codé, et %2.</translation>
    </message>
    <message>
        <source>are none</source>
        <translation>il n&apos;y en a aucun</translation>
    </message>
    <message>
        <source>is only %1</source>
        <translation>il n&apos;y en a que %1</translation>
    </message>
    <message>
        <source>%1: agreement compares at most 64 coders at a time.</source>
        <translation>%1&#xa0;: le calcul de l&apos;accord compare au plus 64 codeurs à la fois.</translation>
    </message>
    <message>
        <source>%1: one of the coders to compare is not in the project.</source>
        <translation>%1&#xa0;: l&apos;un des codeurs à comparer n&apos;est pas dans le projet.</translation>
    </message>
    <message>
        <source>%1: there is no code with id %2.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de code d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>%1: too many coders to compare.</source>
        <translation>%1&#xa0;: trop de codeurs à comparer.</translation>
    </message>
    <message>
        <source>%1: disagreements are between two different coders.</source>
        <translation>%1&#xa0;: les désaccords se mesurent entre deux codeurs différents.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CsvExport</name>
    <message>
        <source>Writing the CSV failed: %1</source>
        <translation>L&apos;écriture du CSV a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CsvReader</name>
    <message>
        <source>Could not start reading CSV.</source>
        <translation>Impossible de commencer la lecture du CSV.</translation>
    </message>
    <message>
        <source>The CSV cannot be read after row %1: %2 (a quote that is not closed, or a quote inside an unquoted field).</source>
        <translation>Le CSV ne peut pas être lu au-delà de la ligne %1&#xa0;: %2 (un guillemet non fermé, ou un guillemet à l&apos;intérieur d&apos;un champ sans guillemets).</translation>
    </message>
    <message>
        <source>Row %1 of the CSV is not UTF-8 text: save it as &quot;CSV UTF-8&quot;.</source>
        <translation>La ligne %1 du CSV n&apos;est pas du texte UTF-8&#xa0;: enregistrez-le au format &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocumentCondition</name>
    <message>
        <source>The quote at character %1 is not closed.</source>
        <translation>Le guillemet au caractère %1 n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>&quot;!&quot; at character %1 needs &quot;=&quot; after it.</source>
        <translation>&quot;!&quot; au caractère %1 doit être suivi de &quot;=&quot;.</translation>
    </message>
    <message>
        <source>&quot;and&quot;, &quot;or&quot; or the end</source>
        <translation>&quot;and&quot;, &quot;or&quot; ou la fin</translation>
    </message>
    <message>
        <source>The condition ends where %1 should follow.</source>
        <translation>La condition se termine là où %1 devrait suivre.</translation>
    </message>
    <message>
        <source>Expected %1 at character %2, not &quot;%3&quot;.</source>
        <translation>%1 attendu au caractère %2, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A value with spaces goes in quotes.</source>
        <translation>Une valeur contenant des espaces se met entre guillemets.</translation>
    </message>
    <message>
        <source>&quot;)&quot;</source>
        <translation>&quot;)&quot;</translation>
    </message>
    <message>
        <source>an attribute&apos;s name</source>
        <translation>un nom d&apos;attribut</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;= or contains after &quot;%1&quot;</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;= ou contains après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows the value &quot;%2&quot;: a value with spaces goes in quotes, as in %3 = &quot;%2 %1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» suit la valeur «&#xa0;%2&#xa0;»&#xa0;: une valeur contenant des espaces se met entre guillemets, comme dans %3 = &quot;%2 %1&quot;.</translation>
    </message>
    <message>
        <source>The condition is empty: give one such as year &gt;= 2017 and type = resolution.</source>
        <translation>La condition est vide&#xa0;: indiquez-en une, telle que year &gt;= 2017 and type = resolution.</translation>
    </message>
    <message>
        <source>In the condition &quot;%1&quot;: %2</source>
        <translation>Dans la condition «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot;: the project has no sets yet.</source>
        <translation>Il n&apos;y a pas d&apos;ensemble «&#xa0;%1&#xa0;»&#xa0;: le projet n&apos;a pas encore d&apos;ensembles.</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot; (there are: %2).</source>
        <translation>Il n&apos;y a pas d&apos;ensemble «&#xa0;%1&#xa0;» (il y a&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The set &quot;%1&quot;: %2</source>
        <translation>L&apos;ensemble «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocumentReader</name>
    <message>
        <source>a legacy Microsoft Office document</source>
        <translation>un ancien document Microsoft Office</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>an SQLite database (a project is opened, not imported)</source>
        <translation>une base de données SQLite (un projet s&apos;ouvre, il ne s&apos;importe pas)</translation>
    </message>
    <message>
        <source>%1: this is %2, which Marginalia cannot import; it imports PDF, Word (.docx), OpenDocument (.odt), HTML, plain text and Markdown.</source>
        <translation>%1&#xa0;: il s&apos;agit de %2, que Marginalia ne peut pas importer&#xa0;; Marginalia importe les formats PDF, Word (.docx), OpenDocument (.odt), HTML, texte brut et Markdown.</translation>
    </message>
    <message>
        <source>%1: this is a REFI-QDA codebook, not a document: import its codes with &quot;Import REFI-QDA Codebook&quot; (marginalia-cli import-qdc).</source>
        <translation>%1&#xa0;: il s&apos;agit d&apos;un livre de codes REFI-QDA, et non d&apos;un document&#xa0;: importez ses codes avec «&#xa0;Importer un livre de codes REFI-QDA&#xa0;» (marginalia-cli import-qdc).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, larger than the import limit of %3 MB.</source>
        <translation>%1&#xa0;: le fichier fait %2 Mo, au-delà de la limite d&apos;importation de %3 Mo.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than the import limit.</source>
        <translation>%1&#xa0;: le fichier dépasse la limite d&apos;importation.</translation>
    </message>
    <message>
        <source>%1: the file has no text.</source>
        <translation>%1&#xa0;: le fichier ne contient pas de texte.</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1: the file is named as a PDF but is not one (it does not begin with &quot;%PDF-&quot;).</source>
        <translation>%1&#xa0;: le fichier porte le nom d&apos;un PDF mais n&apos;en est pas un (il ne commence pas par &quot;%PDF-&quot;).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>une feuille de calcul OpenDocument</translation>
    </message>
    <message>
        <source>an OpenDocument presentation</source>
        <translation>une présentation OpenDocument</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>un livre numérique EPUB</translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a text document</source>
        <translation>un fichier OpenDocument qui n&apos;est pas un document texte</translation>
    </message>
    <message>
        <source>a REFI-QDA project (import it as a project: &quot;Import REFI-QDA Project&quot;, marginalia-cli import-qdpx)</source>
        <translation>un projet REFI-QDA (importez-le comme projet&#xa0;: «&#xa0;Importer un projet REFI-QDA&#xa0;», marginalia-cli import-qdpx)</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>une présentation PowerPoint</translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a Word nor an OpenDocument text</source>
        <translation>une archive ZIP qui n&apos;est ni un document Word ni un texte OpenDocument</translation>
    </message>
    <message>
        <source>%1: the file is named as a Word or OpenDocument file but is not one (it is not a ZIP container).</source>
        <translation>%1&#xa0;: le fichier porte le nom d&apos;un fichier Word ou OpenDocument mais n&apos;en est pas un (ce n&apos;est pas un conteneur ZIP).</translation>
    </message>
    <message>
        <source>%1: this is %2, which Marginalia cannot import; it imports Word (.docx) and OpenDocument (.odt) documents, PDF, HTML, plain text and Markdown.</source>
        <translation>%1&#xa0;: il s&apos;agit de %2, que Marginalia ne peut pas importer&#xa0;; Marginalia importe les documents Word (.docx) et OpenDocument (.odt), PDF, HTML, texte brut et Markdown.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocxReader</name>
    <message>
        <source>%1: the Word document has no part &quot;%2&quot;.</source>
        <translation>%1&#xa0;: le document Word n&apos;a pas de partie «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: the Word document has no body (%2 has no w:body element).</source>
        <translation>%1&#xa0;: le document Word n&apos;a pas de corps (%2 n&apos;a pas d&apos;élément w:body).</translation>
    </message>
    <message>
        <source>%1: the Word document has no text.</source>
        <translation>%1&#xa0;: le document Word ne contient pas de texte.</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not a Word document.</source>
        <translation>%1&#xa0;: cette archive ZIP n&apos;est pas un document Word.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::HtmlReader</name>
    <message>
        <source>%1: the page says its encoding is %2, but its bytes are UTF-8; it was read as UTF-8.</source>
        <translation>%1&#xa0;: la page indique l&apos;encodage %2, mais ses octets sont en UTF-8&#xa0;; elle a été lue en UTF-8.</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not a web page (it contains NUL bytes).</source>
        <translation>%1&#xa0;: cela ressemble à un fichier binaire, pas à une page web (il contient des octets NUL).</translation>
    </message>
    <message>
        <source>%1: the page says its encoding is %2, but its bytes are not %2; the encoding was detected instead.</source>
        <translation>%1&#xa0;: la page indique l&apos;encodage %2, mais ses octets ne sont pas en %2&#xa0;; l&apos;encodage a été détecté à la place.</translation>
    </message>
    <message>
        <source>%1: the web page has no visible text.</source>
        <translation>%1&#xa0;: la page web n&apos;a pas de texte visible.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::OdtReader</name>
    <message>
        <source>%1: the OpenDocument file has no %2.</source>
        <translation>%1&#xa0;: le fichier OpenDocument n&apos;a pas de %2.</translation>
    </message>
    <message>
        <source>%1: the OpenDocument file is not a text document (%2 has no office:text).</source>
        <translation>%1&#xa0;: le fichier OpenDocument n&apos;est pas un document texte (%2 n&apos;a pas d&apos;élément office:text).</translation>
    </message>
    <message>
        <source>%1: the OpenDocument file has no text.</source>
        <translation>%1&#xa0;: le fichier OpenDocument ne contient pas de texte.</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not an OpenDocument text.</source>
        <translation>%1&#xa0;: cette archive ZIP n&apos;est pas un texte OpenDocument.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::PdfReader</name>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>%1: the PDF is incomplete (it does not end as every PDF does): it was probably cut off while downloading or copying. Get a complete copy and import that.</source>
        <translation>%1&#xa0;: le PDF est incomplet (il ne se termine pas comme tout PDF)&#xa0;: il a probablement été tronqué lors d&apos;un téléchargement ou d&apos;une copie. Procurez-vous une copie complète et importez-la.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be read (%2).</source>
        <translation>%1&#xa0;: le PDF est endommagé et ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password. Save a copy without the password (in a PDF viewer, or with &quot;qpdf --decrypt --password=PASSWORD in.pdf out.pdf&quot;) and import that.</source>
        <translation>%1&#xa0;: le PDF est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe (dans une visionneuse PDF, ou avec &quot;qpdf --decrypt --password=PASSWORD in.pdf out.pdf&quot;) et importez-la.</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1&#xa0;: le PDF n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>%1: page %2 of the PDF is damaged and cannot be read (%3).</source>
        <translation>%1&#xa0;: la page %2 du PDF est endommagée et ne peut pas être lue (%3).</translation>
    </message>
    <message>
        <source>%1: the PDF has no text layer: its pages are images, as in a scan. Run OCR on it first (for example with ocrmypdf, or the OCR of your PDF program) and import the result.</source>
        <translation>%1&#xa0;: le PDF n&apos;a pas de couche de texte&#xa0;: ses pages sont des images, comme dans une numérisation. Appliquez-lui d&apos;abord une reconnaissance de caractères (OCR, par exemple avec ocrmypdf ou la fonction OCR de votre logiciel PDF) et importez le résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) without text (%2): scanned images? They are empty in the document.</source>
        <translation>
            <numerusform>%1&#xa0;: %n page sans texte (%2)&#xa0;: image numérisée&#xa0;? Elle est vide dans le document.</numerusform>
            <numerusform>%1&#xa0;: %n pages sans texte (%2)&#xa0;: images numérisées&#xa0;? Elles sont vides dans le document.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the PDF&apos;s text looks garbled (its fonts do not say which characters they draw); check the document, and consider OCR.</source>
        <translation>%1&#xa0;: le texte du PDF semble illisible (ses polices n&apos;indiquent pas quels caractères elles dessinent)&#xa0;; vérifiez le document et envisagez une OCR.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::Project</name>
    <message>
        <source>This SQLite has no full-text search (FTS5); Marginalia needs it.</source>
        <translation>Ce SQLite ne dispose pas de la recherche plein texte (FTS5)&#xa0;; Marginalia en a besoin.</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>le serveur a signalé une erreur</translation>
    </message>
    <message>
        <source>%1: this installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s libqt6sql6-psql) is not installed.</source>
        <translation>%1&#xa0;: cette installation ne peut pas joindre de serveurs PostgreSQL&#xa0;: le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>%1: the server wants a password for %2: %3 Put it in ~/.pgpass (or the file PGPASSFILE names, or a service file), or type it when Marginalia asks.</source>
        <translation>%1&#xa0;: le serveur demande un mot de passe pour %2&#xa0;: %3 Placez-le dans ~/.pgpass (ou dans le fichier désigné par PGPASSFILE, ou dans un fichier de service), ou saisissez-le quand Marginalia le demande.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>cet utilisateur</translation>
    </message>
    <message>
        <source>%1: could not connect to the server: %2</source>
        <translation>%1&#xa0;: connexion au serveur impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this database holds no Marginalia projects yet. Prepare it once with &quot;marginalia-cli server-init %1&quot; (as a user who may create schemas and roles).</source>
        <translation>%1&#xa0;: cette base de données ne contient encore aucun projet Marginalia. Préparez-la une fois pour toutes avec &quot;marginalia-cli server-init %1&quot; (en tant qu&apos;utilisateur autorisé à créer des schémas et des rôles).</translation>
    </message>
    <message>
        <source>%1: preparing the database for Marginalia projects</source>
        <translation>%1&#xa0;: préparation de la base de données pour les projets Marginalia</translation>
    </message>
    <message>
        <source>%1 The user needs the right to create schemas in this database.</source>
        <translation>%1 L&apos;utilisateur doit avoir le droit de créer des schémas dans cette base de données.</translation>
    </message>
    <message>
        <source>%1: the server has a project named &quot;%2&quot; already; a new project needs a new name.</source>
        <translation>%1&#xa0;: le serveur a déjà un projet nommé «&#xa0;%2&#xa0;»&#xa0;; un nouveau projet doit avoir un nouveau nom.</translation>
    </message>
    <message>
        <source>%1: creating the project</source>
        <translation>%1&#xa0;: création du projet</translation>
    </message>
    <message>
        <source>%1 Creating a project needs a user who may create roles (CREATEROLE) and schemas in this database.</source>
        <translation>%1 La création d&apos;un projet requiert un utilisateur autorisé à créer des rôles (CREATEROLE) et des schémas dans cette base de données.</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot;; nothing was removed.</source>
        <translation>%1&#xa0;: le serveur n&apos;a pas de projet nommé «&#xa0;%2&#xa0;»&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>%1: removing the project</source>
        <translation>%1&#xa0;: suppression du projet</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot; (it has none yet).</source>
        <translation>%1&#xa0;: le serveur n&apos;a pas de projet nommé «&#xa0;%2&#xa0;» (il n&apos;en a encore aucun).</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot;. Its projects: %3.</source>
        <translation>%1&#xa0;: le serveur n&apos;a pas de projet nommé «&#xa0;%2&#xa0;». Ses projets&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: you (login &quot;%2&quot;) have no role on project &quot;%3&quot;. Ask its owner to add you: marginalia-cli member-add URL %2 coder.</source>
        <translation>%1&#xa0;: vous (identifiant «&#xa0;%2&#xa0;») n&apos;avez aucun rôle sur le projet «&#xa0;%3&#xa0;». Demandez à son propriétaire de vous ajouter&#xa0;: marginalia-cli member-add URL %2 coder.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is damaged: its format version is missing.</source>
        <translation>%1&#xa0;: le projet «&#xa0;%2&#xa0;» est endommagé&#xa0;: la version de son format est manquante.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; was saved by a newer version of Marginalia (project format %3; this version reads formats up to %4). Update Marginalia to open it; nothing was changed.</source>
        <translation>%1&#xa0;: le projet «&#xa0;%2&#xa0;» a été enregistré par une version plus récente de Marginalia (format de projet %3&#xa0;; cette version lit les formats jusqu&apos;à %4). Mettez Marginalia à jour pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is in an older format (%3) that this version cannot upgrade on a server yet.</source>
        <translation>%1&#xa0;: le projet «&#xa0;%2&#xa0;» est dans un ancien format (%3) que cette version ne sait pas encore mettre à niveau sur un serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: a member is an owner, a coder or a viewer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle&#xa0;: un membre est propriétaire (owner), codeur (coder) ou lecteur (viewer).</translation>
    </message>
    <message>
        <source>%1: only the project&apos;s owners may add members (your role: %2).</source>
        <translation>%1&#xa0;: seuls les propriétaires du projet peuvent ajouter des membres (votre rôle&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: giving %2 the role %3</source>
        <translation>%1&#xa0;: attribution du rôle %3 à %2</translation>
    </message>
    <message>
        <source>%1: %2: a code, document or coder it refers to no longer exists (%3). On a project that others change too, someone may have deleted it meanwhile.</source>
        <translation>%1&#xa0;: %2&#xa0;: un code, un document ou un codeur auquel il renvoie n&apos;existe plus (%3). Sur un projet que d&apos;autres modifient aussi, quelqu&apos;un l&apos;a peut-être supprimé entre-temps.</translation>
    </message>
    <message>
        <source>%1: %2: the server refused it (%3). Your role on this project is %4; its owner can give you another.</source>
        <translation>%1&#xa0;: %2&#xa0;: le serveur l&apos;a refusé (%3). Votre rôle sur ce projet est %4&#xa0;; son propriétaire peut vous en attribuer un autre.</translation>
    </message>
    <message>
        <source>%1: %2: the server is read-only at the moment (%3).</source>
        <translation>%1&#xa0;: %2&#xa0;: le serveur est actuellement en lecture seule (%3).</translation>
    </message>
    <message>
        <source>%1: %2: the server&apos;s disk is full; nothing was changed.</source>
        <translation>%1&#xa0;: %2&#xa0;: le disque du serveur est plein&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2: the connection to the server failed (%3). Whether the last change was saved shows when the project is opened again.</source>
        <translation>%1&#xa0;: %2&#xa0;: la connexion au serveur a échoué (%3). Vous verrez si la dernière modification a été enregistrée en rouvrant le projet.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: the project file is read-only.</source>
        <translation>%1&#xa0;: %2&#xa0;: le fichier de projet est en lecture seule.</translation>
    </message>
    <message>
        <source>%1: %2: the disk is full; nothing was changed.</source>
        <translation>%1&#xa0;: %2&#xa0;: le disque est plein&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2: the disk reported an error (%3). Check that it is connected and has free space, then try again.</source>
        <translation>%1&#xa0;: %2&#xa0;: le disque a signalé une erreur (%3). Vérifiez qu&apos;il est connecté et qu&apos;il lui reste de l&apos;espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>%1: the coding is %2&apos;s; on a server, a coder changes only their own codings (your role: coder). Nothing was changed.</source>
        <translation>%1&#xa0;: le codage appartient à %2&#xa0;; sur un serveur, un codeur ne modifie que ses propres codages (votre rôle&#xa0;: codeur). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: the coding was removed meanwhile, by another program on the project. Nothing was changed.</source>
        <translation>%1&#xa0;: le codage a été supprimé entre-temps, par un autre programme travaillant sur le projet. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is an empty file, not a Marginalia project.</source>
        <translation>%1&#xa0;: est un fichier vide, pas un projet Marginalia.</translation>
    </message>
    <message>
        <source>%1: is not a Marginalia project (it is not an SQLite database).</source>
        <translation>%1&#xa0;: n&apos;est pas un projet Marginalia (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Marginalia project (its header is incomplete).</source>
        <translation>%1&#xa0;: est endommagé ou n&apos;est pas un projet Marginalia (son en-tête est incomplet).</translation>
    </message>
    <message>
        <source>%1: is an SQLite database, but not a Marginalia project.</source>
        <translation>%1&#xa0;: est une base de données SQLite, mais pas un projet Marginalia.</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Marginalia (project format %2; this version reads formats up to %3). Update Marginalia to open it; the file was not changed.</source>
        <translation>%1&#xa0;: a été enregistré par une version plus récente de Marginalia (format de projet %2&#xa0;; cette version lit les formats jusqu&apos;à %3). Mettez Marginalia à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1: is an incomplete Marginalia project (it was never finished being created); create a new project instead.</source>
        <translation>%1&#xa0;: est un projet Marginalia incomplet (sa création n&apos;a jamais été achevée)&#xa0;; créez plutôt un nouveau projet.</translation>
    </message>
    <message>
        <source>%1: is in an older project format (%2) that must be upgraded, which needs write access.</source>
        <translation>%1&#xa0;: est dans un ancien format de projet (%2) qui doit être mis à niveau, ce qui requiert un accès en écriture.</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already; a new project needs a new file.</source>
        <translation>%1&#xa0;: un fichier de ce nom existe déjà&#xa0;; un nouveau projet requiert un nouveau fichier.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only.</source>
        <translation>%1&#xa0;: le dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <source>creating the project</source>
        <translation>création du projet</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file.</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier de projet.</translation>
    </message>
    <message>
        <source>%1: the file is read-only, so changes could not be saved. Open it read-only, or copy it to a place where you can write.</source>
        <translation>%1&#xa0;: le fichier est en lecture seule, les modifications n&apos;ont donc pas pu être enregistrées. Ouvrez-le en lecture seule, ou copiez-le dans un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only, so changes could not be saved. Copy the project to a folder where you can write.</source>
        <translation>%1&#xa0;: le dossier %2 est en lecture seule, les modifications n&apos;ont donc pas pu être enregistrées. Copiez le projet dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1: cannot be read here: %2</source>
        <translation>%1&#xa0;: ne peut pas être lu ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLite could not read it.</source>
        <translation>SQLite n&apos;a pas pu le lire.</translation>
    </message>
    <message>
        <source>the folder is read-only and the project has unsaved journal files beside it.</source>
        <translation>le dossier est en lecture seule et le projet a, à côté de lui, des fichiers journaux non enregistrés.</translation>
    </message>
    <message>
        <source>upgrading the project format</source>
        <translation>mise à niveau du format du projet</translation>
    </message>
    <message>
        <source>%1: %2 The file was left as it was.</source>
        <translation>%1&#xa0;: %2 Le fichier a été laissé en l&apos;état.</translation>
    </message>
    <message>
        <source>%1: is damaged: its project record is missing.</source>
        <translation>%1&#xa0;: est endommagé&#xa0;: l&apos;enregistrement du projet est manquant.</translation>
    </message>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>%1: could not write a copy of the project: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire une copie du projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>recording the project&apos;s creation</source>
        <translation>enregistrement de la création du projet</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un projet doit avoir un nom.</translation>
    </message>
    <message>
        <source>saving a memo</source>
        <translation>enregistrement d&apos;un mémo</translation>
    </message>
    <message>
        <source>The project record is missing.</source>
        <translation>L&apos;enregistrement du projet est manquant.</translation>
    </message>
    <message>
        <source>%1: %2 was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>%1&#xa0;: %2 a été modifié par quelqu&apos;un d&apos;autre pendant que vous le modifiiez. Votre modification n&apos;a pas été enregistrée, afin de ne pas écraser la sienne&#xa0;: consultez-la, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>%1: you can view this project but not change it (your role on the server: viewer). Its owner can make you a coder.</source>
        <translation>%1&#xa0;: vous pouvez consulter ce projet mais pas le modifier (votre rôle sur le serveur&#xa0;: lecteur). Son propriétaire peut faire de vous un codeur.</translation>
    </message>
    <message>
        <source>%1: the project is open read-only.</source>
        <translation>%1&#xa0;: le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>There is no %1 attribute with id %2.</source>
        <translation>Attribut de %1 d&apos;identifiant %2 introuvable.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>%1 d&apos;identifiant %2 introuvable.</translation>
    </message>
    <message>
        <source>setting attribute values</source>
        <translation>définition de valeurs d&apos;attributs</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>Un attribut doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a case attribute named &quot;%1&quot;.</source>
        <translation>Il existe déjà un attribut de cas nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an attribute named &quot;%1&quot;.</source>
        <translation>Il existe déjà un attribut nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The list attribute &quot;%1&quot; needs its values.</source>
        <translation>L&apos;attribut de type liste «&#xa0;%1&#xa0;» a besoin de ses valeurs.</translation>
    </message>
    <message>
        <source>adding attribute &quot;%1&quot;</source>
        <translation>ajout de l&apos;attribut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>removing an attribute</source>
        <translation>suppression d&apos;un attribut</translation>
    </message>
    <message>
        <source>There is no attribute with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;attribut d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A set needs a name.</source>
        <translation>Un ensemble doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a set named &quot;%1&quot;.</source>
        <translation>Il existe déjà un ensemble nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>adding set &quot;%1&quot;</source>
        <translation>ajout de l&apos;ensemble «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>removing a set</source>
        <translation>suppression d&apos;un ensemble</translation>
    </message>
    <message>
        <source>There is no set with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;ensemble d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>changing a set&apos;s documents</source>
        <translation>modification des documents d&apos;un ensemble</translation>
    </message>
    <message>
        <source>The set&apos;s documents are those meeting its condition &quot;%1&quot;; it has no list to change.</source>
        <translation>Les documents de l&apos;ensemble sont ceux qui remplissent sa condition «&#xa0;%1&#xa0;»&#xa0;; il n&apos;a pas de liste à modifier.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Il n&apos;y a pas de document d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>changing a set&apos;s memo</source>
        <translation>modification du mémo d&apos;un ensemble</translation>
    </message>
    <message>
        <source>changing a code set&apos;s memo</source>
        <translation>modification du mémo d&apos;un ensemble de codes</translation>
    </message>
    <message>
        <source>There is no code set with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;ensemble de codes d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Il n&apos;y a pas de code d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A code set needs a name.</source>
        <translation>Un ensemble de codes doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a code set named &quot;%1&quot;.</source>
        <translation>Il existe déjà un ensemble de codes nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>adding code set &quot;%1&quot;</source>
        <translation>ajout de l&apos;ensemble de codes «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>removing a code set</source>
        <translation>suppression d&apos;un ensemble de codes</translation>
    </message>
    <message>
        <source>changing a code set&apos;s codes</source>
        <translation>modification des codes d&apos;un ensemble de codes</translation>
    </message>
    <message>
        <source>A case needs a name.</source>
        <translation>Un cas doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a case named &quot;%1&quot;.</source>
        <translation>Il existe déjà un cas nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>adding case &quot;%1&quot;</source>
        <translation>ajout du cas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>renaming case &quot;%1&quot;</source>
        <translation>changement du nom du cas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>Il n&apos;y a pas de cas d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>changing a case&apos;s memo</source>
        <translation>modification du mémo d&apos;un cas</translation>
    </message>
    <message>
        <source>removing a case</source>
        <translation>suppression d&apos;un cas</translation>
    </message>
    <message>
        <source>%1: the passage %2 to %3 is not within its %4 characters.</source>
        <translation>%1&#xa0;: le passage %2 à %3 n&apos;est pas compris dans ses %4 caractères.</translation>
    </message>
    <message>
        <source>assigning &quot;%1&quot; to a case</source>
        <translation>affectation de «&#xa0;%1&#xa0;» à un cas</translation>
    </message>
    <message>
        <source>removing a document from a case</source>
        <translation>retrait d&apos;un document d&apos;un cas</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: its stored length does not match its text.</source>
        <translation>Document «&#xa0;%1&#xa0;»&#xa0;: sa longueur enregistrée ne correspond pas à son texte.</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: its text has changed since import (SHA-256 differs).</source>
        <translation>Document «&#xa0;%1&#xa0;»&#xa0;: son texte a changé depuis l&apos;importation (l&apos;empreinte SHA-256 diffère).</translation>
    </message>
    <message>
        <source>Coding %1 in &quot;%2&quot;: range %3:%4 lies outside the text (%5 characters).</source>
        <translation>Codage %1 dans «&#xa0;%2&#xa0;»&#xa0;: la plage %3:%4 se situe en dehors du texte (%5 caractères).</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is not reachable from the top of the codebook (a cycle?).</source>
        <translation>Code «&#xa0;%1&#xa0;»&#xa0;: n&apos;est pas accessible depuis le sommet du livre de codes (un cycle&#xa0;?).</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: &quot;%2&quot; is not a colour.</source>
        <translation>Code «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une couleur.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a value of &quot;%3&quot;, which is not one of its attributes.</source>
        <translation>%1 «&#xa0;%2&#xa0;» a une valeur pour «&#xa0;%3&#xa0;», qui n&apos;est pas l&apos;un de ses attributs.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; is not a value of %4 (%5).</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» n&apos;est pas une valeur de %4 (%5).</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: its passage of &quot;%2&quot; ends at %3, past the text (%4 characters).</source>
        <translation>Cas «&#xa0;%1&#xa0;»&#xa0;: son passage de «&#xa0;%2&#xa0;» se termine à %3, au-delà du texte (%4 caractères).</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>Un code doit avoir un nom.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot;</source>
        <translation>Le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>reordering codes</source>
        <translation>réorganisation des codes</translation>
    </message>
    <message>
        <source>merging codes</source>
        <translation>fusion des codes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB, e.g. #E15759.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une couleur&#xa0;; utilisez la forme #RRGGBB, p. ex. #E15759.</translation>
    </message>
    <message>
        <source>adding code &quot;%1&quot;</source>
        <translation>ajout du code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no parent code with id %1.</source>
        <translation>Il n&apos;y a pas de code parent d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is already a code &quot;%1&quot; at that level.</source>
        <translation>Il existe déjà un code «&#xa0;%1&#xa0;» à ce niveau.</translation>
    </message>
    <message>
        <source>A code path needs at least one name.</source>
        <translation>Un chemin de code requiert au moins un nom.</translation>
    </message>
    <message>
        <source>renaming code &quot;%1&quot;</source>
        <translation>changement du nom du code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>changing a code&apos;s colour</source>
        <translation>modification de la couleur d&apos;un code</translation>
    </message>
    <message>
        <source>making a code applicable</source>
        <translation>conversion d&apos;un code en code applicable</translation>
    </message>
    <message>
        <source>making a code a folder</source>
        <translation>conversion d&apos;un code en dossier</translation>
    </message>
    <message>
        <source>changing a code&apos;s description</source>
        <translation>modification de la description d&apos;un code</translation>
    </message>
    <message>
        <source>saving a code memo</source>
        <translation>enregistrement d&apos;un mémo de code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved into itself or one of its subcodes.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être déplacé dans lui-même ni dans l&apos;un de ses sous-codes.</translation>
    </message>
    <message>
        <source>moving code &quot;%1&quot;</source>
        <translation>déplacement du code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>Un code ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into its own subcode &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné dans son propre sous-code «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>merging &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>fusion de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>deleting code &quot;%1&quot;</source>
        <translation>suppression du code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>restoring codes</source>
        <translation>restauration des codes</translation>
    </message>
    <message>
        <source>removing a coder</source>
        <translation>suppression d&apos;un codeur</translation>
    </message>
    <message>
        <source>%1: the coder has codings and cannot be removed.</source>
        <translation>%1&#xa0;: le codeur a des codages et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>There is no coder with id %1.</source>
        <translation>Il n&apos;y a pas de codeur d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>removing a coder and their codings</source>
        <translation>suppression d&apos;un codeur et de ses codages</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>Un codeur doit avoir un nom.</translation>
    </message>
    <message>
        <source>adding coder &quot;%1&quot;</source>
        <translation>ajout du codeur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not add the coder &quot;%1&quot;.</source>
        <translation>Impossible d&apos;ajouter le codeur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The range %1:%2 is empty or reversed; a coding needs start &lt; end.</source>
        <translation>La plage %1:%2 est vide ou inversée&#xa0;; un codage requiert début &lt; fin.</translation>
    </message>
    <message>
        <source>The range %1:%2 lies outside &quot;%3&quot;, which has %4 characters.</source>
        <translation>La plage %1:%2 se situe en dehors de «&#xa0;%3&#xa0;», qui compte %4 caractères.</translation>
    </message>
    <message>
        <source>adding a coding</source>
        <translation>ajout d&apos;un codage</translation>
    </message>
    <message>
        <source>adding codings</source>
        <translation>ajout de codages</translation>
    </message>
    <message>
        <source>%1: reading the codings failed: %2</source>
        <translation>%1&#xa0;: la lecture des codages a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation>Il n&apos;y a pas de codage d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>removing a coding</source>
        <translation>suppression d&apos;un codage</translation>
    </message>
    <message>
        <source>changing a coding&apos;s range</source>
        <translation>modification de la plage d&apos;un codage</translation>
    </message>
    <message>
        <source>The same code already covers %1:%2 for this coder.</source>
        <translation>Le même code couvre déjà %1:%2 pour ce codeur.</translation>
    </message>
    <message>
        <source>copying %1 into %2</source>
        <translation>copie de %1 dans %2</translation>
    </message>
    <message>
        <source>%1: is not empty; a project is copied only into a new one.</source>
        <translation>%1&#xa0;: n&apos;est pas vide&#xa0;; un projet ne peut être copié que dans un nouveau projet.</translation>
    </message>
    <message>
        <source>%1: its project record is missing.</source>
        <translation>%1&#xa0;: l&apos;enregistrement de son projet est manquant.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: is not a server project; a project file is removed as any file is.</source>
        <translation>%1&#xa0;: n&apos;est pas un projet sur serveur&#xa0;; un fichier de projet se supprime comme n&apos;importe quel fichier.</translation>
    </message>
    <message>
        <source>%1: a project file has no members; put it on a server first (marginalia-cli push).</source>
        <translation>%1&#xa0;: un fichier de projet n&apos;a pas de membres&#xa0;; placez-le d&apos;abord sur un serveur (marginalia-cli push).</translation>
    </message>
    <message>
        <source>%1: there is no document with id %2.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de document d&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>restoring &quot;%1&quot;</source>
        <translation>restauration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>Un document doit avoir un nom.</translation>
    </message>
    <message>
        <source>importing &quot;%1&quot;</source>
        <translation>importation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: a document of %2 pages needs %3 page boundaries, not %4.</source>
        <translation>%1&#xa0;: un document de %2 pages requiert %3 limites de page, et non %4.</translation>
    </message>
    <message>
        <source>%1: page boundaries must be ascending offsets inside the text.</source>
        <translation>%1&#xa0;: les limites de page doivent être des positions croissantes à l&apos;intérieur du texte.</translation>
    </message>
    <message>
        <source>renaming a document to &quot;%1&quot;</source>
        <translation>changement du nom d&apos;un document en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is already a document named &quot;%1&quot;.</source>
        <translation>Il existe déjà un document nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>removing a document</source>
        <translation>suppression d&apos;un document</translation>
    </message>
    <message>
        <source>The memo of %1</source>
        <translation>Le mémo de %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>le codage</translation>
    </message>
    <message>
        <source>clearing the memos</source>
        <translation>effacement des mémos</translation>
    </message>
    <message>
        <source>A review compares two different coders.</source>
        <translation>Une révision compare deux codeurs différents.</translation>
    </message>
    <message>
        <source>The consensus coder needs a name.</source>
        <translation>Le codeur de consensus doit avoir un nom.</translation>
    </message>
    <message>
        <source>The consensus coder must be another coder than the two compared.</source>
        <translation>Le codeur de consensus doit être différent des deux codeurs comparés.</translation>
    </message>
    <message>
        <source>starting a review</source>
        <translation>début d&apos;une révision</translation>
    </message>
    <message>
        <source>recording a review decision</source>
        <translation>enregistrement d&apos;une décision de révision</translation>
    </message>
    <message>
        <source>This region was decided already.</source>
        <translation>Cette région a déjà fait l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <source>taking back a review decision</source>
        <translation>annulation d&apos;une décision de révision</translation>
    </message>
    <message>
        <source>Could not upgrade the project to format %1: %2</source>
        <translation>Impossible de mettre le projet à niveau vers le format %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The search is empty: type a word, a &quot;phrase&quot;, a prefix* or a pattern.</source>
        <translation>La recherche est vide&#xa0;: saisissez un mot, une &quot;expression&quot;, un préfixe* ou un motif.</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is not valid: %2 (at character %3).</source>
        <translation>L&apos;expression régulière «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2 (au caractère %3).</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is not valid: %2.</source>
        <translation>L&apos;expression régulière «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not read the memos: %1</source>
        <translation>Impossible de lire les mémos&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>the project is closed</source>
        <translation>le projet est fermé</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite&#xa0;: %1</translation>
    </message>
    <message>
        <source>A row of %1 (row id %2) refers to a missing row of %3.</source>
        <translation>Une ligne de %1 (identifiant de ligne %2) renvoie à une ligne manquante de %3.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; cannot be read (%2). Put a phrase or a word with punctuation in double quotes, and write the operators AND, OR, NOT and NEAR in capitals.</source>
        <translation>La recherche «&#xa0;%1&#xa0;» ne peut pas être lue (%2). Mettez une expression ou un mot contenant de la ponctuation entre guillemets droits, et écrivez les opérateurs AND, OR, NOT et NEAR en majuscules.</translation>
    </message>
    <message>
        <source>Could not set up full-text search: %1</source>
        <translation>Impossible de mettre en place la recherche plein texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not search the memos: %1</source>
        <translation>Impossible de rechercher dans les mémos&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is in an older format (%3); one of its owners must open it once with this version of Marginalia, which upgrades it.</source>
        <translation>%1&#xa0;: le projet «&#xa0;%2&#xa0;» est dans un format plus ancien (%3)&#xa0;; l&apos;un de ses propriétaires doit l&apos;ouvrir une fois avec cette version de Marginalia, qui le met à niveau.</translation>
    </message>
    <message>
        <source>%1: headings must be ranges inside the text, in order and not overlapping, of levels 1 to 9.</source>
        <translation>%1&#xa0;: les titres doivent être des plages à l&apos;intérieur du texte, dans l&apos;ordre et sans chevauchement, de niveaux 1 à 9.</translation>
    </message>
    <message>
        <source>%1: reading the project&apos;s members: %2</source>
        <translation>%1&#xa0;: lecture des membres du projet&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: only the project&apos;s owners may remove members (your role: %2).</source>
        <translation>%1&#xa0;: seuls les propriétaires du projet peuvent retirer des membres (votre rôle&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1: removing %2 from the project</source>
        <translation>%1&#xa0;: retrait de %2 du projet</translation>
    </message>
    <message>
        <source>%1: %2 has no role on this project (&quot;marginalia-cli members&quot; lists its members).</source>
        <translation>%1&#xa0;: %2 n&apos;a pas de rôle sur ce projet («&#xa0;marginalia-cli members&#xa0;» en liste les membres).</translation>
    </message>
    <message>
        <source>%1: %2 is the project&apos;s only owner, who alone can add members; make another member an owner first (marginalia-cli member-add URL LOGIN owner).</source>
        <translation>%1&#xa0;: %2 est le seul propriétaire du projet, le seul à pouvoir ajouter des membres&#xa0;; faites d&apos;abord d&apos;un autre membre un propriétaire (marginalia-cli member-add URL LOGIN owner).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectBackups</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be created.</source>
        <translation>%1&#xa0;: le dossier de sauvegarde ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1: the copy of the project fails SQLite&apos;s check, so it was not kept; the project itself may be damaged: %2</source>
        <translation>%1&#xa0;: la copie du projet échoue à la vérification de SQLite, elle n&apos;a donc pas été conservée&#xa0;; le projet lui-même est peut-être endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the backup could not be given its name.</source>
        <translation>%1&#xa0;: la sauvegarde n&apos;a pas pu recevoir son nom.</translation>
    </message>
    <message>
        <source>%1: no such backup.</source>
        <translation>%1&#xa0;: sauvegarde introuvable.</translation>
    </message>
    <message>
        <source>%1: the backup fails SQLite&apos;s check, so it was not restored: %2</source>
        <translation>%1&#xa0;: la sauvegarde échoue à la vérification de SQLite, elle n&apos;a donc pas été restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is not a Marginalia project, so it was not restored.</source>
        <translation>%1&#xa0;: n&apos;est pas un projet Marginalia, il n&apos;a donc pas été restauré.</translation>
    </message>
    <message>
        <source>%1: the project is open for writing by %2; close it there before restoring a backup.</source>
        <translation>%1&#xa0;: le projet est ouvert en écriture par %2&#xa0;; fermez-le là-bas avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>%1: the project is open (in Marginalia or another program); close it before restoring a backup.</source>
        <translation>%1&#xa0;: le projet est ouvert (dans Marginalia ou un autre programme)&#xa0;; fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only.</source>
        <translation>%1&#xa0;: le dossier %2 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1: the backup could not be copied beside the project.</source>
        <translation>%1&#xa0;: la sauvegarde n&apos;a pas pu être copiée à côté du projet.</translation>
    </message>
    <message>
        <source>%1: could not be renamed to %2, so nothing was restored.</source>
        <translation>%1&#xa0;: n&apos;a pas pu être renommé en %2, rien n&apos;a donc été restauré.</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place; the project is as it was.</source>
        <translation>%1&#xa0;: la sauvegarde n&apos;a pas pu être mise en place&#xa0;; le projet est dans son état antérieur.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: the file exists already.</source>
        <translation>%1&#xa0;: le fichier existe déjà.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the backup was cancelled.</source>
        <translation>%1&#xa0;: la sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>%1: could not copy %2: %3</source>
        <translation>%1&#xa0;: impossible de copier %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectHandout</name>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>%1&#xa0;: le fichier existe déjà&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>%1: there is no coder &quot;%2&quot; to leave out.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de codeur «&#xa0;%2&#xa0;» à exclure.</translation>
    </message>
    <message>
        <source>preparing the hand-out</source>
        <translation>préparation de la copie à distribuer</translation>
    </message>
    <message>
        <source>%1: the copy was not closed cleanly; try again.</source>
        <translation>%1&#xa0;: la copie n&apos;a pas été fermée correctement&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1: could not write the hand-out there.</source>
        <translation>%1&#xa0;: impossible d&apos;y écrire la copie à distribuer.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectMerge</name>
    <message>
        <source>[from %1]</source>
        <translation>[de %1]</translation>
    </message>
    <message>
        <source>The memo of %1 differs: both texts are kept, the one from %2 after a line naming it.</source>
        <translation>Le mémo de %1 diffère&#xa0;: les deux textes sont conservés, celui de %2 après une ligne qui le nomme.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>Coder &quot;%1&quot; of %2 is not the coder &quot;%1&quot; of the project (another GUID): added as &quot;%3&quot;.</source>
        <translation>Le codeur «&#xa0;%1&#xa0;» de %2 n&apos;est pas le codeur «&#xa0;%1&#xa0;» du projet (autre GUID)&#xa0;: ajouté sous le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; of %2 is &quot;%3&quot; in the project (same GUID): its codings go to &quot;%3&quot;.</source>
        <translation>Le code «&#xa0;%1&#xa0;» de %2 est «&#xa0;%3&#xa0;» dans le projet (même GUID)&#xa0;: ses codages vont à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;</source>
        <translation>code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>document &quot;%1&quot;</source>
        <translation>document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; of %2 has another text than &quot;%1&quot; of the project: added as &quot;%3&quot;.</source>
        <translation>Le document «&#xa0;%1&#xa0;» de %2 a un autre texte que «&#xa0;%1&#xa0;» du projet&#xa0;: ajouté sous le nom «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1: coding %2 refers to a document, code or coder that was not merged.</source>
        <translation>%1&#xa0;: le codage %2 renvoie à un document, un code ou un codeur qui n&apos;a pas été fusionné.</translation>
    </message>
    <message>
        <source>coding %1</source>
        <translation>codage %1</translation>
    </message>
    <message>
        <source>Coding %1 of %2 has the GUID of another coding of the project: added with a new GUID.</source>
        <translation>Le codage %1 de %2 a le GUID d&apos;un autre codage du projet&#xa0;: ajouté avec un nouveau GUID.</translation>
    </message>
    <message>
        <source>%1: a project cannot be merged into itself.</source>
        <translation>%1&#xa0;: un projet ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <source>merging %1</source>
        <translation>fusion de %1</translation>
    </message>
    <message>
        <source>%1: merging %2 failed, the project is unchanged: %3</source>
        <translation>%1&#xa0;: la fusion de %2 a échoué, le projet est inchangé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: no temporary folder to read it into.</source>
        <translation>%1&#xa0;: aucun dossier temporaire dans lequel le lire.</translation>
    </message>
    <message>
        <source>%1: documents %2 added, %3 already there; codes %4 added, %5 already there; coders %6 added, %7 already there; codings %8 added, %9 already there.</source>
        <translation>%1&#xa0;: documents&#xa0;: %2 ajoutés, %3 déjà présents&#xa0;; codes&#xa0;: %4 ajoutés, %5 déjà présents&#xa0;; codeurs&#xa0;: %6 ajoutés, %7 déjà présents&#xa0;; codages&#xa0;: %8 ajoutés, %9 déjà présents.</translation>
    </message>
    <message>
        <source>%1: memos %2 added, %3 kept side by side.</source>
        <translation>%1&#xa0;: mémos&#xa0;: %2 ajoutés, %3 conservés côte à côte.</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectReport</name>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>Autres codes (%n)</numerusform>
            <numerusform>Autres codes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per code, the most coded codes first</source>
        <translation>Codages par code, les codes les plus codés en premier</translation>
    </message>
    <message>
        <source>Project report: %1</source>
        <translation>Rapport du projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made on %1 by %2.</source>
        <translation>Établi le %1 par %2.</translation>
    </message>
    <message>
        <source>Nobody has coded yet.</source>
        <translation>Personne n&apos;a encore codé.</translation>
    </message>
    <message numerus="yes">
        <source>Coders (%n): %1</source>
        <translation>
            <numerusform>Codeur (%n)&#xa0;: %1</numerusform>
            <numerusform>Codeurs (%n)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>Portée&#xa0;: %1 sur %n document du projet.</numerusform>
            <numerusform>Portée&#xa0;: %1 sur les %n documents du projet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Fréquences des codes</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>Accord inter-codeurs</translation>
    </message>
    <message>
        <source>The codebook is empty.</source>
        <translation>Le livre de codes est vide.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codings and the documents they are in, per code, and counting the codings of a code&apos;s subcodes as its own.</source>
        <translation>Codages et documents où ils se trouvent, par code, en comptant les codages des sous-codes d&apos;un code comme les siens.</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>Le code</translation>
    </message>
    <message>
        <source>With its subcodes</source>
        <translation>Avec ses sous-codes</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>The most coded codes</source>
        <translation>Les codes les plus codés</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Rien n&apos;a encore été codé.</translation>
    </message>
    <message>
        <source>Per coder: codings / documents</source>
        <translation>Par codeur&#xa0;: codages / documents</translation>
    </message>
    <message>
        <source>No code was chosen for excerpts.</source>
        <translation>Aucun code n&apos;a été choisi pour les extraits.</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n extrait</numerusform>
            <numerusform>%n extraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s), its subcodes&apos; included</source>
        <translation>
            <numerusform>%n extrait, y compris ceux de ses sous-codes</numerusform>
            <numerusform>%n extraits, y compris ceux de ses sous-codes</numerusform>
        </translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Mémo&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>No memos have been written.</source>
        <translation>Aucun mémo n&apos;a été rédigé.</translation>
    </message>
    <message>
        <source>%1 compared character by character in the documents they coded; a code nobody coded is left out. &quot;n/a&quot;: the statistic is undefined (hover for why).</source>
        <translation>%1 comparés caractère par caractère dans les documents qu&apos;ils ont codés&#xa0;; un code que personne n&apos;a codé est omis. «&#xa0;n.d.&#xa0;»&#xa0;: la statistique n&apos;est pas définie (survolez-la pour savoir pourquoi).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Cohen&apos;s</source>
        <translation>Cohen</translation>
    </message>
    <message>
        <source>Fleiss&apos;</source>
        <translation>Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s</source>
        <translation>Krippendorff</translation>
    </message>
    <message>
        <source>unitizing</source>
        <translation>unitisation</translation>
    </message>
    <message>
        <source>Writing the project report failed: %1</source>
        <translation>L&apos;écriture du rapport du projet a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the set “%1”, documents where %2</source>
        <translation>l’ensemble «&#xa0;%1&#xa0;», documents où %2</translation>
    </message>
    <message>
        <source>the set “%1”</source>
        <translation>l’ensemble «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>documents where %1</source>
        <translation>documents où %1</translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1; %2 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>Portée&#xa0;: %1&#xa0;; %2 sur %n document du projet.</numerusform>
            <numerusform>Portée&#xa0;: %1&#xa0;; %2 sur les %n documents du projet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectWriterLock</name>
    <message>
        <source>%1 is already open for writing in this program.</source>
        <translation>%1 est déjà ouvert en écriture dans ce programme.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program, which is starting or closing it; try again in a moment, or open it read-only.</source>
        <translation>%1 est ouvert en écriture dans un autre programme, qui est en train de l&apos;ouvrir ou de le fermer&#xa0;; réessayez dans un instant, ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is open for writing by %2. Only one program writes to a project at a time: open it read-only, or close it there first.</source>
        <translation>%1 est ouvert en écriture par %2. Un seul programme à la fois écrit dans un projet&#xa0;: ouvrez-le en lecture seule, ou fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 since %4 (process %5)</source>
        <translation>%1 dans %2 sur %3 depuis %4 (processus %5)</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>%1: cannot make the lock file %2 that keeps a second program from writing at the same time: %3</source>
        <translation>%1&#xa0;: impossible de créer le fichier de verrou %2 qui empêche un second programme d&apos;écrire en même temps&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot lock %2: %3</source>
        <translation>%1&#xa0;: impossible de verrouiller %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the lock file %2 keeps changing; another program is opening and closing the project.</source>
        <translation>%1&#xa0;: le fichier de verrou %2 ne cesse de changer&#xa0;; un autre programme ouvre et ferme le projet.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQda</name>
    <message>
        <source>Unnamed code</source>
        <translation>Code sans nom</translation>
    </message>
    <message>
        <source>codes without a name, named &quot;Unnamed code&quot;</source>
        <translation>codes sans nom, nommés «&#xa0;Code sans nom&#xa0;»</translation>
    </message>
    <message>
        <source>malformed colours left out (the code has no colour)</source>
        <translation>couleurs mal formées exclues (le code n&apos;a pas de couleur)</translation>
    </message>
    <message>
        <source>codes that appear twice in the file, merged into one</source>
        <translation>codes figurant deux fois dans le fichier, fusionnés en un seul</translation>
    </message>
    <message>
        <source>codes not renamed because a sibling has the file&apos;s name</source>
        <translation>codes non renommés parce qu&apos;un code de même niveau porte le nom indiqué dans le fichier</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>renommé depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>codes matched by GUID that sit elsewhere in the file&apos;s tree, kept where they are in the project</source>
        <translation>codes identifiés par leur GUID qui se trouvent ailleurs dans l&apos;arborescence du fichier, laissés à leur place dans le projet</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>couleur %1</translation>
    </message>
    <message>
        <source>applicable to text</source>
        <translation>applicable au texte</translation>
    </message>
    <message>
        <source>a folder (not applied to text)</source>
        <translation>un dossier (non appliqué au texte)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <source>codes updated</source>
        <translation>codes mis à jour</translation>
    </message>
    <message>
        <source>codes already in the project as they are</source>
        <translation>codes déjà présents tels quels dans le projet</translation>
    </message>
    <message>
        <source>codes sharing a name with a sibling, renamed &quot;Name (2)&quot;</source>
        <translation>codes portant le même nom qu&apos;un code de même niveau, renommés «&#xa0;Nom (2)&#xa0;»</translation>
    </message>
    <message>
        <source>codes with a missing or malformed GUID, given a new one</source>
        <translation>codes dont le GUID est manquant ou mal formé, dotés d&apos;un nouveau GUID</translation>
    </message>
    <message>
        <source>codes whose GUID another code has, given a new one</source>
        <translation>codes dont le GUID est déjà celui d&apos;un autre code, dotés d&apos;un nouveau GUID</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2</source>
        <translation>Code «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>codes added</source>
        <translation>codes ajoutés</translation>
    </message>
    <message>
        <source>%1: the codebook is empty; a REFI-QDA codebook needs at least one code.</source>
        <translation>%1&#xa0;: le livre de codes est vide&#xa0;; un livre de codes REFI-QDA requiert au moins un code.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>code memos (a codebook file has no place for them; a project export keeps them)</source>
        <translation>mémos de codes (un fichier de livre de codes n&apos;a pas de place pour eux&#xa0;; une exportation de projet les conserve)</translation>
    </message>
    <message>
        <source>control characters XML cannot hold, replaced by U+FFFD</source>
        <translation>caractères de contrôle que XML ne peut pas contenir, remplacés par U+FFFD</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB, far larger than any codebook; it was not read.</source>
        <translation>%1&#xa0;: fait %2 Mo, bien plus que n&apos;importe quel livre de codes&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>%1: is a REFI-QDA project (.qde), not a codebook; import it as a project (.qdpx).</source>
        <translation>%1&#xa0;: est un projet REFI-QDA (.qde), pas un livre de codes&#xa0;; importez-le en tant que projet (.qdpx).</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA codebook: its root element is &lt;%2&gt;, not &lt;CodeBook&gt;.</source>
        <translation>%1&#xa0;: n&apos;est pas un livre de codes REFI-QDA&#xa0;: son élément racine est &lt;%2&gt;, et non &lt;CodeBook&gt;.</translation>
    </message>
    <message>
        <source>code sets (Marginalia has none)</source>
        <translation>ensembles de codes (Marginalia n&apos;en a pas)</translation>
    </message>
    <message>
        <source>unknown elements in the codebook (skipped)</source>
        <translation>éléments inconnus dans le livre de codes (ignorés)</translation>
    </message>
    <message>
        <source>%1: is empty or not XML.</source>
        <translation>%1&#xa0;: est vide ou n&apos;est pas du XML.</translation>
    </message>
    <message>
        <source>%1: the codebook has no codes.</source>
        <translation>%1&#xa0;: le livre de codes n&apos;a aucun code.</translation>
    </message>
    <message>
        <source>importing the codebook %1</source>
        <translation>importation du livre de codes %1</translation>
    </message>
    <message>
        <source>%1: %2 The project was not changed.</source>
        <translation>%1&#xa0;: %2 Le projet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Mémo&#xa0;: %1</translation>
    </message>
    <message>
        <source>QualCoder: memos of codes that have a description (it reads a code&apos;s &lt;Description&gt; as its memo, and no notes)</source>
        <translation>QualCoder&#xa0;: mémos des codes qui ont une description (il lit la &lt;Description&gt; d&apos;un code comme son mémo, et aucune note)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1: the project file (project.qde) could not be written: %2</source>
        <translation>%1&#xa0;: le fichier de projet (project.qde) n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>control characters in names and memos that XML cannot hold, replaced by U+FFFD</source>
        <translation>caractères de contrôle dans les noms et les mémos que XML ne peut pas contenir, remplacés par U+FFFD</translation>
    </message>
    <message>
        <source>rows without a valid GUID, given a stable derived one</source>
        <translation>lignes sans GUID valide, dotées d&apos;un GUID stable dérivé</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; is %2 MB of text, more than the 2 GB a REFI-QDA project can hold in one file.</source>
        <translation>Le document «&#xa0;%1&#xa0;» compte %2 Mo de texte, plus que les 2 Go qu&apos;un projet REFI-QDA peut contenir dans un fichier.</translation>
    </message>
    <message>
        <source>documents exported as their plain text (the original file&apos;s formatting is not in the project)</source>
        <translation>documents exportés sous forme de texte brut (la mise en forme du fichier d&apos;origine n&apos;est pas dans le projet)</translation>
    </message>
    <message>
        <source>page boundaries of paged documents (REFI-QDA text sources have no pages)</source>
        <translation>limites de page des documents paginés (les sources texte REFI-QDA n&apos;ont pas de pages)</translation>
    </message>
    <message>
        <source>Memo: %1 in %2</source>
        <translation>Mémo&#xa0;: %1 dans %2</translation>
    </message>
    <message>
        <source>attributes with a list of values exported as text variables (REFI-QDA has no list type)</source>
        <translation>attributs à liste de valeurs exportés comme variables texte (REFI-QDA n&apos;a pas de type liste)</translation>
    </message>
    <message>
        <source>sets saved from a condition (REFI-QDA sets list their members)</source>
        <translation>ensembles enregistrés à partir d&apos;une condition (les ensembles REFI-QDA listent leurs membres)</translation>
    </message>
    <message>
        <source>%1: no temporary file for project.qde: %2</source>
        <translation>%1&#xa0;: pas de fichier temporaire pour project.qde&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: project.qde could not be written: %2</source>
        <translation>%1&#xa0;: project.qde n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the folder holds more than %2 files; it is not an unzipped REFI-QDA project.</source>
        <translation>%1&#xa0;: le dossier contient plus de %2 fichiers&#xa0;; ce n&apos;est pas un projet REFI-QDA décompressé.</translation>
    </message>
    <message>
        <source>%1: there is no file &quot;%2&quot;.</source>
        <translation>%1&#xa0;: il n&apos;y a pas de fichier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be read: %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 MB, more than the limit of %4 MB.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» fait %3 Mo, au-delà de la limite de %4 Mo.</translation>
    </message>
    <message>
        <source>%1: holds NUL characters; it is not a text file.</source>
        <translation>%1&#xa0;: contient des caractères NUL&#xa0;; ce n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>users without a name, named after their GUID</source>
        <translation>utilisateurs sans nom, nommés d&apos;après leur GUID</translation>
    </message>
    <message>
        <source>users sharing a name, taken as one coder</source>
        <translation>utilisateurs portant le même nom, traités comme un seul codeur</translation>
    </message>
    <message>
        <source>selections without a coding or a case (Marginalia keeps codings and case passages, not bare selections)</source>
        <translation>sélections sans codage ni cas (Marginalia conserve les codages et les passages de cas, pas les sélections seules)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>notes not attached to a project, document, code or coding, added to the project memo</source>
        <translation>notes rattachées ni à un projet, ni à un document, ni à un code, ni à un codage, ajoutées au mémo du projet</translation>
    </message>
    <message>
        <source>date-and-time variables made date attributes (the time of day is not kept)</source>
        <translation>variables date-heure converties en attributs de date (l&apos;heure n&apos;est pas conservée)</translation>
    </message>
    <message>
        <source>variables of a type REFI-QDA does not define, made text attributes</source>
        <translation>variables d&apos;un type que REFI-QDA ne définit pas, converties en attributs texte</translation>
    </message>
    <message>
        <source>variables sharing a name and type, taken as one attribute</source>
        <translation>variables partageant un nom et un type, traitées comme un seul attribut</translation>
    </message>
    <message>
        <source>variables sharing a name but not a type, renamed &quot;Name (2)&quot;</source>
        <translation>variables partageant un nom mais pas un type, renommées «&#xa0;Nom (2)&#xa0;»</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot;: %2</source>
        <translation>Variable «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>variables without a name, named after their GUID</source>
        <translation>variables sans nom, nommées d&apos;après leur GUID</translation>
    </message>
    <message>
        <source>variables with a missing, malformed or repeated GUID, given a new one (values refer to the first)</source>
        <translation>variables dont le GUID est manquant, mal formé ou répété, dotées d&apos;un nouveau GUID (les valeurs renvoient à la première)</translation>
    </message>
    <message>
        <source>descriptions of variables (attributes have none)</source>
        <translation>descriptions des variables (les attributs n&apos;en ont pas)</translation>
    </message>
    <message>
        <source>variables with values on both sources and cases, made an attribute of the documents and one of the cases</source>
        <translation>variables ayant des valeurs à la fois pour des sources et pour des cas, converties en un attribut des documents et un attribut des cas</translation>
    </message>
    <message>
        <source>variable values of variables that are not in &lt;Variables&gt;</source>
        <translation>valeurs de variables qui ne figurent pas dans &lt;Variables&gt;</translation>
    </message>
    <message>
        <source>empty variable values (an attribute has a value or none)</source>
        <translation>valeurs de variables vides (un attribut a une valeur ou n&apos;en a pas)</translation>
    </message>
    <message>
        <source>variable values their variable&apos;s type cannot read, left out</source>
        <translation>valeurs de variables illisibles pour le type de leur variable, exclues</translation>
    </message>
    <message>
        <source>variables given two values for one source or case, the last kept</source>
        <translation>variables ayant reçu deux valeurs pour une même source ou un même cas, la dernière étant conservée</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Cas %1</translation>
    </message>
    <message>
        <source>cases without a name, named after their GUID</source>
        <translation>cas sans nom, nommés d&apos;après leur GUID</translation>
    </message>
    <message>
        <source>cases sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>cas portant le même nom, renommés «&#xa0;Nom (2)&#xa0;»</translation>
    </message>
    <message>
        <source>cases with a missing, malformed or repeated GUID, given a new one</source>
        <translation>cas dont le GUID est manquant, mal formé ou répété, dotés d&apos;un nouveau GUID</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: %2</source>
        <translation>Cas «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>codes linked to cases (a case holds documents and passages, not codes)</source>
        <translation>codes liés à des cas (un cas contient des documents et des passages, pas des codes)</translation>
    </message>
    <message>
        <source>case members that are not imported documents (pictures, audio, video, sources left out)</source>
        <translation>membres de cas qui ne sont pas des documents importés (images, audio, vidéo, sources exclues)</translation>
    </message>
    <message>
        <source>case members that are selections not imported (of pictures, PDF regions, audio or video, or outside their text)</source>
        <translation>membres de cas qui sont des sélections non importées (d&apos;images, de régions PDF, d&apos;audio ou de vidéo, ou hors de leur texte)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Ensemble %1</translation>
    </message>
    <message>
        <source>sets without a name, named after their GUID</source>
        <translation>ensembles sans nom, nommés d&apos;après leur GUID</translation>
    </message>
    <message>
        <source>set members that are not imported documents (pictures, audio, video, sources left out)</source>
        <translation>membres d&apos;ensembles qui ne sont pas des documents importés (images, audio, vidéo, sources exclues)</translation>
    </message>
    <message>
        <source>set members that are codes not in the codebook</source>
        <translation>membres d&apos;ensembles qui sont des codes absents du livre de codes</translation>
    </message>
    <message>
        <source>notes in sets (there are no sets of memos)</source>
        <translation>notes dans des ensembles (il n&apos;y a pas d&apos;ensembles de mémos)</translation>
    </message>
    <message>
        <source>sets of both codes and sources, made a set of documents and a code set of the same name</source>
        <translation>ensembles de codes et de sources à la fois, convertis en un ensemble de documents et un ensemble de codes de même nom</translation>
    </message>
    <message>
        <source>sets with a missing, malformed or repeated GUID, given a new one</source>
        <translation>ensembles dont le GUID est manquant, mal formé ou répété, dotés d&apos;un nouveau GUID</translation>
    </message>
    <message>
        <source>sets sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>ensembles portant le même nom, renommés «&#xa0;Nom (2)&#xa0;»</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot;: %2</source>
        <translation>Ensemble «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>selection descriptions kept as coding memos</source>
        <translation>descriptions de sélections conservées comme mémos de codage</translation>
    </message>
    <message>
        <source>sources outside the archive (absolute:// or relative:// paths), not read</source>
        <translation>sources hors de l&apos;archive (chemins absolute:// ou relative://), non lues</translation>
    </message>
    <message>
        <source>source paths without &quot;internal://&quot;, looked up in the archive</source>
        <translation>chemins de sources sans &quot;internal://&quot;, recherchés dans l&apos;archive</translation>
    </message>
    <message>
        <source>sources with a path that leads out of the archive</source>
        <translation>sources dont le chemin sort de l&apos;archive</translation>
    </message>
    <message>
        <source>files found under another case of their name (&quot;Sources/&quot; in capitals...)</source>
        <translation>fichiers trouvés sous une autre casse de leur nom (&quot;Sources/&quot; en capitales...)</translation>
    </message>
    <message>
        <source>sources whose file is not in the archive</source>
        <translation>sources dont le fichier n&apos;est pas dans l&apos;archive</translation>
    </message>
    <message>
        <source>notes whose file cannot be read</source>
        <translation>notes dont le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>codings without a known creating user, attributed to the coder &quot;unknown&quot;</source>
        <translation>codages sans utilisateur créateur connu, attribués au codeur «&#xa0;inconnu&#xa0;»</translation>
    </message>
    <message>
        <source>sources whose positions were read as UTF-16 code units (as NVivo counts) and converted to code points</source>
        <translation>sources dont les positions ont été lues en unités de code UTF-16 (comme compte NVivo) et converties en points de code</translation>
    </message>
    <message>
        <source>sources whose positions were read as Unicode code points (as REFI-QDA counts)</source>
        <translation>sources dont les positions ont été lues en points de code Unicode (comme compte REFI-QDA)</translation>
    </message>
    <message>
        <source>sources that are not text</source>
        <translation>sources qui ne sont pas du texte</translation>
    </message>
    <message>
        <source>text sources with neither a file nor text</source>
        <translation>sources texte sans fichier ni texte</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>sources without a name, named after their file</source>
        <translation>sources sans nom, nommées d&apos;après leur fichier</translation>
    </message>
    <message>
        <source>sources with a missing, malformed or repeated GUID, given a new one</source>
        <translation>sources dont le GUID est manquant, mal formé ou répété, dotées d&apos;un nouveau GUID</translation>
    </message>
    <message>
        <source>sources with a byte-order mark, removed</source>
        <translation>sources avec une marque d&apos;ordre des octets, supprimée</translation>
    </message>
    <message>
        <source>sources not in UTF-8, decoded from their encoding</source>
        <translation>sources qui ne sont pas en UTF-8, décodées depuis leur encodage</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: %2</source>
        <translation>Source «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>sources sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>sources portant le même nom, renommées «&#xa0;Nom (2)&#xa0;»</translation>
    </message>
    <message>
        <source>sources with CRLF line endings whose positions count CRLF as one character</source>
        <translation>sources avec des fins de ligne CRLF dont les positions comptent CRLF comme un seul caractère</translation>
    </message>
    <message>
        <source>sources with CRLF line endings, positions mapped onto LF line endings</source>
        <translation>sources avec des fins de ligne CRLF, positions reportées sur des fins de ligne LF</translation>
    </message>
    <message>
        <source>codings of codes that are not in the codebook</source>
        <translation>codages de codes absents du livre de codes</translation>
    </message>
    <message>
        <source>codings with a missing, malformed or repeated GUID, given a new one</source>
        <translation>codages dont le GUID est manquant, mal formé ou répété, dotés d&apos;un nouveau GUID</translation>
    </message>
    <message>
        <source>codings of a whole source, made codings of its whole text</source>
        <translation>codages d&apos;une source entière, convertis en codages de tout son texte</translation>
    </message>
    <message>
        <source>selections with missing or malformed positions</source>
        <translation>sélections dont les positions sont manquantes ou mal formées</translation>
    </message>
    <message>
        <source>selections outside their text</source>
        <translation>sélections hors de leur texte</translation>
    </message>
    <message>
        <source>selections whose UTF-16 positions cut a character in two</source>
        <translation>sélections dont les positions UTF-16 coupent un caractère en deux</translation>
    </message>
    <message>
        <source>empty selections (zero characters; a coding needs at least one)</source>
        <translation>sélections vides (zéro caractère&#xa0;; un codage en requiert au moins un)</translation>
    </message>
    <message>
        <source>codings repeated with the same code, coder and range, kept once</source>
        <translation>codages répétés avec le même code, le même codeur et la même plage, conservés une seule fois</translation>
    </message>
    <message>
        <source>%1: is a REFI-QDA codebook, not a project; import it into a project as a codebook (.qdc).</source>
        <translation>%1&#xa0;: est un livre de codes REFI-QDA, pas un projet&#xa0;; importez-le dans un projet en tant que livre de codes (.qdc).</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA project: its root element is &lt;%2&gt;, not &lt;Project&gt;.</source>
        <translation>%1&#xa0;: n&apos;est pas un projet REFI-QDA&#xa0;: son élément racine est &lt;%2&gt;, et non &lt;Project&gt;.</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA project.</source>
        <translation>%1&#xa0;: n&apos;est pas un projet REFI-QDA.</translation>
    </message>
    <message>
        <source>links between elements</source>
        <translation>liens entre éléments</translation>
    </message>
    <message>
        <source>graphs</source>
        <translation>graphes</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was created.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>elements unknown to REFI-QDA 1.5 (skipped)</source>
        <translation>éléments inconnus de REFI-QDA 1.5 (ignorés)</translation>
    </message>
    <message>
        <source>(no targetGUID)</source>
        <translation>(pas de targetGUID)</translation>
    </message>
    <message>
        <source>variable values of pictures, audio and video</source>
        <translation>valeurs de variables des images, de l&apos;audio et de la vidéo</translation>
    </message>
    <message>
        <source>rich-text originals (DOCX) of text sources; their plain text was imported</source>
        <translation>originaux en texte enrichi (DOCX) des sources texte&#xa0;; leur texte brut a été importé</translation>
    </message>
    <message>
        <source>codings of pictures, PDF regions, audio and video</source>
        <translation>codages d&apos;images, de régions PDF, d&apos;audio et de vidéo</translation>
    </message>
    <message>
        <source>PDF regions (areas of a page; Marginalia codes text)</source>
        <translation>régions PDF (zones d&apos;une page&#xa0;; Marginalia code du texte)</translation>
    </message>
    <message>
        <source>PDF sources without a plain-text representation</source>
        <translation>sources PDF sans représentation en texte brut</translation>
    </message>
    <message>
        <source>PDF sources imported as their plain-text representation (the PDF file itself is not kept)</source>
        <translation>sources PDF importées sous forme de leur représentation en texte brut (le fichier PDF lui-même n&apos;est pas conservé)</translation>
    </message>
    <message>
        <source>picture sources (Marginalia codes text)</source>
        <translation>sources image (Marginalia code du texte)</translation>
    </message>
    <message>
        <source>picture regions</source>
        <translation>régions d&apos;images</translation>
    </message>
    <message>
        <source>audio sources (Marginalia codes text)</source>
        <translation>sources audio (Marginalia code du texte)</translation>
    </message>
    <message>
        <source>video sources (Marginalia codes text)</source>
        <translation>sources vidéo (Marginalia code du texte)</translation>
    </message>
    <message>
        <source>audio clips</source>
        <translation>extraits audio</translation>
    </message>
    <message>
        <source>video clips</source>
        <translation>extraits vidéo</translation>
    </message>
    <message>
        <source>%1 (transcript)</source>
        <translation>%1 (transcription)</translation>
    </message>
    <message>
        <source>transcripts of audio and video imported as documents</source>
        <translation>transcriptions audio et vidéo importées comme documents</translation>
    </message>
    <message>
        <source>variable values of notes</source>
        <translation>valeurs de variables des notes</translation>
    </message>
    <message>
        <source>selections and codings inside notes (memos are not coded in Marginalia)</source>
        <translation>sélections et codages à l&apos;intérieur des notes (les mémos ne sont pas codés dans Marginalia)</translation>
    </message>
    <message>
        <source>%1: holds no project.qde, so it is not a REFI-QDA project (.qdpx).</source>
        <translation>%1&#xa0;: ne contient pas de project.qde&#xa0;; ce n&apos;est donc pas un projet REFI-QDA (.qdpx).</translation>
    </message>
    <message>
        <source>%1: holds several .qde files (%2) and no project.qde; which one is the project is unclear.</source>
        <translation>%1&#xa0;: contient plusieurs fichiers .qde (%2) et aucun project.qde&#xa0;; on ne sait pas lequel est le projet.</translation>
    </message>
    <message>
        <source>project files (.qde) not named project.qde</source>
        <translation>fichiers de projet (.qde) ne s&apos;appelant pas project.qde</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already; a REFI-QDA project is imported into a new project.</source>
        <translation>%1&#xa0;: un fichier de ce nom existe déjà&#xa0;; un projet REFI-QDA est importé dans un nouveau projet.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>importation de %1</translation>
    </message>
    <message>
        <source>%1: the imported project could not be put in place (does a file of that name exist now?).</source>
        <translation>%1&#xa0;: le projet importé n&apos;a pas pu être mis en place (un fichier de ce nom existe-t-il désormais&#xa0;?).</translation>
    </message>
    <message>
        <source>%1 of %2 selections fit the text read as code points, %3 read as UTF-16 units</source>
        <translation>%1 sélections sur %2 correspondent au texte lu en points de code, %3 lu en unités UTF-16</translation>
    </message>
    <message>
        <source>as asked; %1</source>
        <translation>comme demandé&#xa0;; %1</translation>
    </message>
    <message>
        <source>no selection comes after a character outside the BMP, so both readings agree</source>
        <translation>aucune sélection ne se trouve après un caractère hors du BMP, les deux lectures concordent donc</translation>
    </message>
    <message>
        <source>the text decides: %1</source>
        <translation>le texte tranche&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 selections would cut a character in two or lie outside the text read as UTF-16 units, %2 read as code points</source>
        <translation>%1 sélections couperaient un caractère en deux ou se situeraient hors du texte lu en unités UTF-16, %2 lu en points de code</translation>
    </message>
    <message>
        <source>both fit equally (%1); the file comes from &quot;%2&quot;, which counts UTF-16 units</source>
        <translation>les deux correspondent également (%1)&#xa0;; le fichier provient de «&#xa0;%2&#xa0;», qui compte en unités UTF-16</translation>
    </message>
    <message>
        <source>both fit equally (%1); REFI-QDA counts code points</source>
        <translation>les deux correspondent également (%1)&#xa0;; REFI-QDA compte en points de code</translation>
    </message>
    <message>
        <source>GUIDs in braces or upper case, read as lower case</source>
        <translation>GUID entre accolades ou en majuscules, lus en minuscules</translation>
    </message>
    <message>
        <source>%1: the XML has a document type declaration (DTD) at line %2. REFI-QDA files have none, and a DTD can define entities that expand without bound or read other files, so the file was refused.</source>
        <translation>%1&#xa0;: le XML contient une déclaration de type de document (DTD) à la ligne %2. Les fichiers REFI-QDA n&apos;en ont pas, et une DTD peut définir des entités qui se développent sans limite ou lisent d&apos;autres fichiers&#xa0;; le fichier a donc été refusé.</translation>
    </message>
    <message>
        <source>%1: the XML refers to the entity &quot;%2&quot; at line %3; REFI-QDA files use none, so the file was refused.</source>
        <translation>%1&#xa0;: le XML renvoie à l&apos;entité «&#xa0;%2&#xa0;» à la ligne %3&#xa0;; les fichiers REFI-QDA n&apos;en utilisent aucune, le fichier a donc été refusé.</translation>
    </message>
    <message>
        <source>%1: the XML is malformed at line %2, column %3: %4</source>
        <translation>%1&#xa0;: le XML est mal formé à la ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: the code tree is more than %2 levels deep at line %3; the file was refused.</source>
        <translation>%1&#xa0;: l&apos;arborescence des codes dépasse %2 niveaux de profondeur à la ligne %3&#xa0;; le fichier a été refusé.</translation>
    </message>
    <message>
        <source>%1: the XML ends inside the codebook.</source>
        <translation>%1&#xa0;: le XML se termine à l&apos;intérieur du livre de codes.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQdaReport</name>
    <message>
        <source>coders: %1</source>
        <translation>codeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>documents: %1</source>
        <translation>documents&#xa0;: %1</translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation>codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>codings: %1</source>
        <translation>codages&#xa0;: %1</translation>
    </message>
    <message>
        <source>memos: %1</source>
        <translation>mémos&#xa0;: %1</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>attribute values: %1</source>
        <translation>valeurs d&apos;attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>cas&#xa0;: %1</translation>
    </message>
    <message>
        <source>sets: %1</source>
        <translation>ensembles&#xa0;: %1</translation>
    </message>
    <message>
        <source> (the file comes from &quot;%1&quot;)</source>
        <translation> (le fichier provient de «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Positions: no source has characters outside the Basic Multilingual Plane, so code points and UTF-16 units agree%1.</source>
        <translation>Positions&#xa0;: aucune source n&apos;a de caractères hors du plan multilingue de base (BMP), les points de code et les unités UTF-16 concordent donc%1.</translation>
    </message>
    <message>
        <source>Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where code points and UTF-16 units differ%3, but no selections: nothing depends on the reading.</source>
        <translation>Positions&#xa0;: %1 sources sur %2 ont des caractères hors du plan multilingue de base (BMP), où points de code et unités UTF-16 diffèrent%3, mais aucune sélection&#xa0;: rien ne dépend du mode de lecture.</translation>
    </message>
    <message>
        <source>read as code points, as asked</source>
        <translation>lu en points de code, comme demandé</translation>
    </message>
    <message>
        <source>read as UTF-16 units, as asked</source>
        <translation>lu en unités UTF-16, comme demandé</translation>
    </message>
    <message>
        <source>read as UTF-16 units (as NVivo counts) and converted to code points</source>
        <translation>lu en unités UTF-16 (comme compte NVivo) et converti en points de code</translation>
    </message>
    <message>
        <source>read as code points (as REFI-QDA counts)</source>
        <translation>lu en points de code (comme compte REFI-QDA)</translation>
    </message>
    <message>
        <source>%1 read as UTF-16 units, the others as code points</source>
        <translation>%1 lues en unités UTF-16, les autres en points de code</translation>
    </message>
    <message>
        <source>Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where code points and UTF-16 units differ%3; of their %4 selections, %5% fit the text read as code points and %6% read as UTF-16 units: %7.</source>
        <translation>Positions&#xa0;: %1 sources sur %2 ont des caractères hors du plan multilingue de base (BMP), où points de code et unités UTF-16 diffèrent%3&#xa0;; parmi leurs %4 sélections, %5&#xa0;% correspondent au texte lu en points de code et %6&#xa0;% au texte lu en unités UTF-16&#xa0;: %7.</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>Fusionné&#xa0;:</translation>
    </message>
    <message>
        <source>Adjusted on the way:</source>
        <translation>Ajusté au passage&#xa0;:</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>Non repris&#xa0;:</translation>
    </message>
    <message>
        <source>In the file, but known to be lost in the tool that reads it:</source>
        <translation>Présent dans le fichier, mais connu pour être perdu dans l&apos;outil qui le lit&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>Rien n&apos;a été exclu.</translation>
    </message>
    <message>
        <source>Nothing was left out of the file; the tools named above lose what is listed.</source>
        <translation>Rien n&apos;a été exclu du fichier&#xa0;; les outils nommés ci-dessus perdent ce qui est listé.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n code ajouté</numerusform>
            <numerusform>%n codes ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>none matched</source>
        <translation>aucun ne correspondait</translation>
    </message>
    <message numerus="yes">
        <source>%n matched (%1 by GUID, %2 by path)</source>
        <translation>
            <numerusform>%n correspondait (%1 par GUID, %2 par chemin)</numerusform>
            <numerusform>%n correspondaient (%1 par GUID, %2 par chemin)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them updated</source>
        <translation>
            <numerusform>%n d&apos;entre eux mis à jour</numerusform>
            <numerusform>%n d&apos;entre eux mis à jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::SafeXmlReader</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the XML has a document type declaration (DTD), which Word and OpenDocument files never have; it could declare entities that expand without bound, so the file is refused.</source>
        <translation>le XML contient une déclaration de type de document (DTD), ce que les fichiers Word et OpenDocument n&apos;ont jamais&#xa0;; elle pourrait déclarer des entités qui se développent sans limite, le fichier est donc refusé.</translation>
    </message>
    <message>
        <source>the XML refers to an undeclared entity &quot;&amp;%1;&quot;.</source>
        <translation>le XML renvoie à une entité non déclarée «&#xa0;&amp;%1;&#xa0;».</translation>
    </message>
    <message>
        <source>the XML is nested more than %1 levels deep.</source>
        <translation>le XML est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is malformed: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: le XML est mal formé&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::SearchHits</name>
    <message>
        <source>There is no code with id %1.</source>
        <translation>Il n&apos;y a pas de code d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; choose one of its subcodes.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier de codes et ne s&apos;applique pas au texte&#xa0;; choisissez l&apos;un de ses sous-codes.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; has a %-sign not followed by two hexadecimal digits (write %25 for a %-sign)</source>
        <translation>«&#xa0;%1&#xa0;» contient un signe % non suivi de deux chiffres hexadécimaux (écrivez %25 pour un signe %)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes a NUL character (%00)</source>
        <translation>«&#xa0;%1&#xa0;» encode un caractère NUL (%00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes bytes that are not UTF-8</source>
        <translation>«&#xa0;%1&#xa0;» encode des octets qui ne sont pas de l&apos;UTF-8</translation>
    </message>
    <message>
        <source>No server location was given: write postgresql://HOST/DATABASE?project=NAME or the path of a %1 file.</source>
        <translation>Aucun emplacement de serveur n&apos;a été indiqué&#xa0;: écrivez postgresql://HOST/DATABASE?project=NAME ou le chemin d&apos;un fichier %1.</translation>
    </message>
    <message>
        <source>%1 is neither a postgresql:// URL nor a server connection file (%2).</source>
        <translation>%1 n&apos;est ni une URL postgresql:// ni un fichier de connexion au serveur (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the password is not percent-encoded correctly</source>
        <translation>le mot de passe n&apos;est pas correctement encodé en pourcentage</translation>
    </message>
    <message>
        <source>names several hosts; Marginalia connects to one server (use a service file for fail-over)</source>
        <translation>désigne plusieurs hôtes&#xa0;; Marginalia se connecte à un seul serveur (utilisez un fichier de service pour la bascule)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>l&apos;adresse IPv6 n&apos;a pas de ] fermant</translation>
    </message>
    <message>
        <source>expected :PORT after the IPv6 address, found &quot;%1&quot;</source>
        <translation>:PORT attendu après l&apos;adresse IPv6, «&#xa0;%1&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>the brackets hold no IPv6 address</source>
        <translation>les crochets ne contiennent pas d&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, as in postgresql://[::1]/DATABASE</source>
        <translation>une adresse IPv6 doit s&apos;écrire entre crochets, comme dans postgresql://[::1]/DATABASE</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>gives %1 twice, as &quot;%2&quot; and as &quot;%3&quot;</source>
        <translation>indique %1 deux fois, sous la forme «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value; write %1=VALUE</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» n&apos;a pas de valeur&#xa0;; écrivez %1=VALUE</translation>
    </message>
    <message>
        <source>names the project twice</source>
        <translation>désigne le projet deux fois</translation>
    </message>
    <message>
        <source>gives the password twice</source>
        <translation>indique le mot de passe deux fois</translation>
    </message>
    <message>
        <source>gives port twice, as &quot;%1&quot; and as &quot;%2&quot;</source>
        <translation>indique le port deux fois, sous la forme «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libpq connection keyword (those are lower-case words such as sslmode)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mot-clé de connexion libpq (ce sont des mots en minuscules comme sslmode)</translation>
    </message>
    <message>
        <source>sslpassword would be kept in recent files and connection files; put it in a service file and name that with service=NAME</source>
        <translation>sslpassword serait conservé dans les fichiers récents et les fichiers de connexion&#xa0;; placez-le dans un fichier de service et désignez celui-ci avec service=NAME</translation>
    </message>
    <message>
        <source>the value of %1 contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>la valeur de %1 contient un point-virgule, que le pilote PostgreSQL de Qt ne peut pas transmettre</translation>
    </message>
    <message>
        <source>gives %1 twice</source>
        <translation>indique %1 deux fois</translation>
    </message>
    <message>
        <source>names no project; add ?project=NAME</source>
        <translation>ne désigne aucun projet&#xa0;; ajoutez ?project=NAME</translation>
    </message>
    <message>
        <source>the project name is empty; write ?project=NAME</source>
        <translation>le nom du projet est vide&#xa0;; écrivez ?project=NAME</translation>
    </message>
    <message>
        <source>names no database; write it after the server, as in postgresql://HOST/DATABASE</source>
        <translation>ne désigne aucune base de données&#xa0;; écrivez-la après le serveur, comme dans postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>%1: no such server connection file</source>
        <translation>%1&#xa0;: fichier de connexion au serveur introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is larger than a server connection file can be (%2 KB); is it one?</source>
        <translation>%1&#xa0;: est plus grand que ne peut l&apos;être un fichier de connexion au serveur (%2 Ko)&#xa0;; en est-ce bien un&#xa0;?</translation>
    </message>
    <message>
        <source>%1: is a binary file, not a server connection file</source>
        <translation>%1&#xa0;: est un fichier binaire, pas un fichier de connexion au serveur</translation>
    </message>
    <message>
        <source>%1: is empty; a server connection file has a [%2] section with url=postgresql://...</source>
        <translation>%1&#xa0;: est vide&#xa0;; un fichier de connexion au serveur a une section [%2] avec url=postgresql://...</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text, so it is not a server connection file</source>
        <translation>%1&#xa0;: n&apos;est pas du texte UTF-8, ce n&apos;est donc pas un fichier de connexion au serveur</translation>
    </message>
    <message>
        <source>%1:%2: a section header must end with ]</source>
        <translation>%1:%2&#xa0;: un en-tête de section doit se terminer par ]</translation>
    </message>
    <message>
        <source>%1:%2: expected KEY=VALUE</source>
        <translation>%1:%2&#xa0;: KEY=VALUE attendu</translation>
    </message>
    <message>
        <source>%1:%2: a setting comes before the [%3] section</source>
        <translation>%1:%2&#xa0;: un paramètre précède la section [%3]</translation>
    </message>
    <message>
        <source>%1:%2: a second %3= (the first is on line %4)</source>
        <translation>%1:%2&#xa0;: un second %3= (le premier est à la ligne %4)</translation>
    </message>
    <message>
        <source>%1: has no [%2] section; is it a server connection file?</source>
        <translation>%1&#xa0;: n&apos;a pas de section [%2]&#xa0;; est-ce bien un fichier de connexion au serveur&#xa0;?</translation>
    </message>
    <message>
        <source>%1: gives no url=; add url=postgresql://HOST/DATABASE?project=NAME to its [%2] section</source>
        <translation>%1&#xa0;: n&apos;indique pas de url=&#xa0;; ajoutez url=postgresql://HOST/DATABASE?project=NAME à sa section [%2]</translation>
    </message>
    <message>
        <source>%1:%2: url= must be a postgresql:// URL</source>
        <translation>%1:%2&#xa0;: url= doit être une URL postgresql://</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: user=%3 contradicts the user %4 in the url on line %5</source>
        <translation>%1:%2&#xa0;: user=%3 contredit l&apos;utilisateur %4 de l&apos;URL à la ligne %5</translation>
    </message>
    <message>
        <source>%1: the name of a server connection file must end in %2, so that Marginalia opens it</source>
        <translation>%1&#xa0;: le nom d&apos;un fichier de connexion au serveur doit se terminer par %2, pour que Marginalia l&apos;ouvre</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::StudentScores</name>
    <message>
        <source>%1: the key is not a coder of the project.</source>
        <translation>%1&#xa0;: le corrigé n&apos;est pas un codeur du projet.</translation>
    </message>
    <message>
        <source>%1: one of the students is not a coder of the project.</source>
        <translation>%1&#xa0;: l&apos;un des étudiants n&apos;est pas un codeur du projet.</translation>
    </message>
    <message>
        <source>%1: the key cannot also be scored as a student.</source>
        <translation>%1&#xa0;: le corrigé ne peut pas être aussi évalué comme étudiant.</translation>
    </message>
    <message>
        <source>%1: there is no student to score: no coder but the key has coded.</source>
        <translation>%1&#xa0;: il n&apos;y a aucun étudiant à évaluer&#xa0;: aucun codeur autre que le corrigé n&apos;a codé.</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>rien à comparer</translation>
    </message>
    <message>
        <source>the student coded nothing</source>
        <translation>l&apos;étudiant n&apos;a rien codé</translation>
    </message>
    <message>
        <source>the key coded nothing</source>
        <translation>le corrigé n&apos;a rien codé</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::TextDecoder</name>
    <message>
        <source>%1: the file is not valid %2 text.</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas un texte %2 valide.</translation>
    </message>
    <message>
        <source>%1: the text encoding %2 is not supported.</source>
        <translation>%1&#xa0;: l&apos;encodage de texte %2 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>%1: byte %2 is not valid in the encoding %3.</source>
        <translation>%1&#xa0;: l&apos;octet %2 n&apos;est pas valide dans l&apos;encodage %3.</translation>
    </message>
    <message>
        <source>%1: could not decode the text as %2.</source>
        <translation>%1&#xa0;: impossible de décoder le texte en %2.</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not text (it contains NUL bytes).</source>
        <translation>%1&#xa0;: cela ressemble à un fichier binaire, pas à du texte (il contient des octets NUL).</translation>
    </message>
    <message>
        <source>%1: the encoding detector ran out of memory.</source>
        <translation>%1&#xa0;: le détecteur d&apos;encodage a manqué de mémoire.</translation>
    </message>
    <message>
        <source>%1: the text encoding could not be recognised (the file is neither valid UTF-8 nor a known legacy encoding).</source>
        <translation>%1&#xa0;: l&apos;encodage du texte n&apos;a pas pu être reconnu (le fichier n&apos;est ni de l&apos;UTF-8 valide ni dans un encodage ancien connu).</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not text (it is full of control characters).</source>
        <translation>%1&#xa0;: cela ressemble à un fichier binaire, pas à du texte (il est rempli de caractères de contrôle).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::XlsxMatrix</name>
    <message>
        <source>%1: the matrix has %2 columns; a worksheet holds at most %3. Choose fewer documents, or export it as CSV.</source>
        <translation>%1&#xa0;: la matrice a %2 colonnes&#xa0;; une feuille de calcul en contient au plus %3. Choisissez moins de documents, ou exportez-la en CSV.</translation>
    </message>
    <message>
        <source>%1: the matrix has %2 rows; a worksheet holds at most %3.</source>
        <translation>%1&#xa0;: la matrice a %2 lignes&#xa0;; une feuille de calcul en contient au plus %3.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ZipArchive</name>
    <message>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: entrée «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>the entry has no name.</source>
        <translation>l&apos;entrée n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>le nom est trop long.</translation>
    </message>
    <message>
        <source>the name contains control characters.</source>
        <translation>le nom contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>the name contains a backslash.</source>
        <translation>le nom contient une barre oblique inverse.</translation>
    </message>
    <message>
        <source>the name is an absolute path.</source>
        <translation>le nom est un chemin absolu.</translation>
    </message>
    <message>
        <source>the name begins with a drive letter.</source>
        <translation>le nom commence par une lettre de lecteur.</translation>
    </message>
    <message>
        <source>the name leads out of the archive (&quot;..&quot;).</source>
        <translation>le nom sort de l&apos;archive (&quot;..&quot;).</translation>
    </message>
    <message>
        <source>%1: this is not a ZIP archive, or it is damaged (error %2).</source>
        <translation>%1&#xa0;: ce n&apos;est pas une archive ZIP, ou elle est endommagée (erreur %2).</translation>
    </message>
    <message>
        <source>%1: the ZIP archive&apos;s table of contents cannot be read.</source>
        <translation>%1&#xa0;: la table des matières de l&apos;archive ZIP ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive has %2 entries, more than the limit of %3.</source>
        <translation>%1&#xa0;: l&apos;archive ZIP contient %2 entrées, au-delà de la limite de %3.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive has more entries than the limit of %2.</source>
        <translation>%1&#xa0;: l&apos;archive ZIP contient plus d&apos;entrées que la limite de %2.</translation>
    </message>
    <message>
        <source>%1: entry %2 of the ZIP archive cannot be read.</source>
        <translation>%1&#xa0;: l&apos;entrée %2 de l&apos;archive ZIP ne peut pas être lue.</translation>
    </message>
    <message>
        <source>the archive holds two entries with this name.</source>
        <translation>l&apos;archive contient deux entrées portant ce nom.</translation>
    </message>
    <message>
        <source>its position in the archive cannot be read.</source>
        <translation>sa position dans l&apos;archive ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive&apos;s table of contents is damaged (error %2).</source>
        <translation>%1&#xa0;: la table des matières de l&apos;archive ZIP est endommagée (erreur %2).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1&#xa0;: lecture impossible.</translation>
    </message>
    <message>
        <source>there is no such entry in the archive.</source>
        <translation>cette entrée n&apos;existe pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>the entry is encrypted (password-protected).</source>
        <translation>l&apos;entrée est chiffrée (protégée par un mot de passe).</translation>
    </message>
    <message>
        <source>the entry is a symbolic link, not a file.</source>
        <translation>l&apos;entrée est un lien symbolique, pas un fichier.</translation>
    </message>
    <message>
        <source>the entry uses compression method %1, which Marginalia does not read.</source>
        <translation>l&apos;entrée utilise la méthode de compression %1, que Marginalia ne lit pas.</translation>
    </message>
    <message>
        <source>the entry is %1 MB uncompressed, more than the limit of %2 MB.</source>
        <translation>l&apos;entrée fait %1 Mo une fois décompressée, au-delà de la limite de %2 Mo.</translation>
    </message>
    <message>
        <source>the entry cannot be found in the archive (it is damaged).</source>
        <translation>l&apos;entrée est introuvable dans l&apos;archive (celle-ci est endommagée).</translation>
    </message>
    <message>
        <source>the entry cannot be opened (the archive is damaged, error %1).</source>
        <translation>l&apos;entrée ne peut pas être ouverte (l&apos;archive est endommagée, erreur %1).</translation>
    </message>
    <message>
        <source>the compressed data is damaged (error %1).</source>
        <translation>les données compressées sont endommagées (erreur %1).</translation>
    </message>
    <message>
        <source>reading it would take the archive past its limit of %1 MB uncompressed.</source>
        <translation>sa lecture ferait dépasser à l&apos;archive sa limite de %1 Mo décompressés.</translation>
    </message>
    <message>
        <source>the entry inflates to more than the limit of %1 MB.</source>
        <translation>l&apos;entrée se décompresse au-delà de la limite de %1 Mo.</translation>
    </message>
    <message>
        <source>the entry inflates more than %1 times its compressed size (a &quot;ZIP bomb&quot;); it is refused.</source>
        <translation>l&apos;entrée se décompresse à plus de %1 fois sa taille compressée (une «&#xa0;bombe ZIP&#xa0;»)&#xa0;; elle est refusée.</translation>
    </message>
    <message>
        <source>the checksum does not match: the archive is damaged.</source>
        <translation>la somme de contrôle ne correspond pas&#xa0;: l&apos;archive est endommagée.</translation>
    </message>
    <message>
        <source>the entry cannot be read completely (error %1).</source>
        <translation>l&apos;entrée ne peut pas être lue entièrement (erreur %1).</translation>
    </message>
    <message>
        <source>its size does not match the archive&apos;s table of contents.</source>
        <translation>sa taille ne correspond pas à la table des matières de l&apos;archive.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ZipWriter</name>
    <message>
        <source>%1: the archive is already open.</source>
        <translation>%1&#xa0;: l&apos;archive est déjà ouverte.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot start the ZIP archive (error %2).</source>
        <translation>%1&#xa0;: impossible de commencer l&apos;archive ZIP (erreur %2).</translation>
    </message>
    <message>
        <source>%1: the archive is not open for writing.</source>
        <translation>%1&#xa0;: l&apos;archive n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: the name is not in normal form (&quot;%3&quot;).</source>
        <translation>%1&#xa0;: entrée «&#xa0;%2&#xa0;»&#xa0;: le nom n&apos;est pas en forme normalisée («&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: the archive already has an entry with this name.</source>
        <translation>%1&#xa0;: entrée «&#xa0;%2&#xa0;»&#xa0;: l&apos;archive contient déjà une entrée portant ce nom.</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be started (error %3).</source>
        <translation>%1&#xa0;: entrée «&#xa0;%2&#xa0;»&#xa0;: impossible de la commencer (erreur %3).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be written (error %3).</source>
        <translation>%1&#xa0;: entrée «&#xa0;%2&#xa0;»&#xa0;: écriture impossible (erreur %3).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be written: %3</source>
        <translation>%1&#xa0;: entrée «&#xa0;%2&#xa0;»&#xa0;: écriture impossible&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the archive was not written completely; nothing was saved.</source>
        <translation>%1&#xa0;: l&apos;archive n&apos;a pas été entièrement écrite&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1: cannot finish the ZIP archive (error %2); nothing was saved.</source>
        <translation>%1&#xa0;: impossible de terminer l&apos;archive ZIP (erreur %2)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ActionTips</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what the action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Code / document</source>
        <translation>Code / document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>α-u</source>
        <translation>α-u</translation>
    </message>
    <message>
        <source>The share of characters on which every coder agreed: all coded them or none did.</source>
        <translation>La part des caractères sur lesquels tous les codeurs se sont accordés&#xa0;: tous les ont codés ou aucun ne l&apos;a fait.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, two coders only: agreement corrected for chance, from each coder&apos;s share of coded characters (as NVivo computes it).</source>
        <translation>Kappa de Cohen, deux codeurs uniquement&#xa0;: accord corrigé du hasard, à partir de la part de caractères codés par chaque codeur (comme le calcule NVivo).</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: agreement of two or more coders corrected for chance, from the pooled share of coded characters.</source>
        <translation>Kappa de Fleiss&#xa0;: accord de deux codeurs ou plus corrigé du hasard, à partir de la part cumulée de caractères codés.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal), each character coded or not by every coder.</source>
        <translation>Alpha de Krippendorff (nominal), chaque caractère étant codé ou non par chaque codeur.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha: agreement on where coded segments begin and end.</source>
        <translation>Alpha d&apos;unitisation de Krippendorff&#xa0;: accord sur l&apos;endroit où les segments codés commencent et finissent.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeDelegate</name>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeRemoval</name>
    <message>
        <source>Remove Case Attribute</source>
        <translation>Supprimer l&apos;attribut de cas</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>Case attribute to remove:</source>
        <translation>Attribut de cas à supprimer&#xa0;:</translation>
    </message>
    <message>
        <source>Attribute to remove:</source>
        <translation>Attribut à supprimer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeTableModel</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The case&apos;s name (double-click or F2 to rename it)</source>
        <translation>Le nom du cas (double-cliquez ou appuyez sur F2 pour le renommer)</translation>
    </message>
    <message>
        <source>The document&apos;s name (rename it in the Documents panel)</source>
        <translation>Le nom du document (renommez-le dans le panneau Documents)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributesPanel</name>
    <message numerus="yes">
        <source>Remove the attribute &quot;%1&quot; and its values of %n document(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l&apos;attribut «&#xa0;%1&#xa0;» et ses valeurs pour %n document&#xa0;? L&apos;annulation les rétablit.</numerusform>
            <numerusform>Supprimer l&apos;attribut «&#xa0;%1&#xa0;» et ses valeurs pour %n documents&#xa0;? L&apos;annulation les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Set...</source>
        <translation>Enregistrer comme ensemble...</translation>
    </message>
    <message>
        <source>New Attribute...</source>
        <translation>Nouvel attribut...</translation>
    </message>
    <message>
        <source>Remove Attribute...</source>
        <translation>Supprimer l&apos;attribut...</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>Importer un CSV...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Show documents where... (e.g. year &gt;= 2017 and type = resolution)</source>
        <translation>Afficher les documents où... (p. ex. year &gt;= 2017 and type = resolution)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>A condition on the attributes: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; values with spaces in quotes</source>
        <translation>Une condition portant sur les attributs&#xa0;: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains&#xa0;; and, or, not&#xa0;; valeurs contenant des espaces entre guillemets</translation>
    </message>
    <message>
        <source>Save the documents meeting the condition as a set (without a condition: the selected documents), to limit analyses to them</source>
        <translation>Enregistrer les documents qui remplissent la condition comme ensemble (sans condition&#xa0;: les documents sélectionnés), afin d&apos;y limiter les analyses</translation>
    </message>
    <message>
        <source>Add a variable of the documents: text, number, date, yes/no or a list</source>
        <translation>Ajouter une variable des documents&#xa0;: texte, nombre, date, oui/non ou liste</translation>
    </message>
    <message>
        <source>Remove the attribute of the current column with its values</source>
        <translation>Supprimer l&apos;attribut de la colonne courante, avec ses valeurs</translation>
    </message>
    <message>
        <source>Read attributes from a CSV table with a row per document (the first column names the document)</source>
        <translation>Lire les attributs depuis un tableau CSV comportant une ligne par document (la première colonne nomme le document)</translation>
    </message>
    <message>
        <source>Write the attributes as a CSV table with a row per document</source>
        <translation>Écrire les attributs sous forme de tableau CSV comportant une ligne par document</translation>
    </message>
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
            <numerusform>%1 sur %n document</numerusform>
            <numerusform>%1 sur %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Import Attributes</source>
        <translation>Importer des attributs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Attributes</source>
        <translation>Exporter les attributs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of the %n selected document(s):</source>
        <translation>
            <numerusform>Nom de l&apos;ensemble formé de %n document sélectionné&#xa0;:</numerusform>
            <numerusform>Nom de l&apos;ensemble formé des %n documents sélectionnés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of documents where %1 (%n now):</source>
        <translation>
            <numerusform>Nom de l&apos;ensemble des documents où %1 (%n actuellement)&#xa0;:</numerusform>
            <numerusform>Nom de l&apos;ensemble des documents où %1 (%n actuellement)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Set</source>
        <translation>Enregistrer comme ensemble</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CasesPanel</name>
    <message numerus="yes">
        <source>Remove the case attribute &quot;%1&quot; and its values of %n case(s)? Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer l&apos;attribut de cas «&#xa0;%1&#xa0;» et ses valeurs pour %n cas&#xa0;? L&apos;annulation les rétablit.</numerusform>
            <numerusform>Supprimer l&apos;attribut de cas «&#xa0;%1&#xa0;» et ses valeurs pour %n cas&#xa0;? L&apos;annulation les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Case...</source>
        <translation>Nouveau cas...</translation>
    </message>
    <message>
        <source>Remove Case...</source>
        <translation>Supprimer le cas...</translation>
    </message>
    <message>
        <source>New Attribute...</source>
        <translation>Nouvel attribut...</translation>
    </message>
    <message>
        <source>Remove Attribute...</source>
        <translation>Supprimer l&apos;attribut...</translation>
    </message>
    <message>
        <source>Remove from Case</source>
        <translation>Retirer du cas</translation>
    </message>
    <message>
        <source>Add a case: a country, an organisation, a participant</source>
        <translation>Ajouter un cas&#xa0;: un pays, une organisation, un participant</translation>
    </message>
    <message>
        <source>Remove the current case with its values and members (not the documents)</source>
        <translation>Supprimer le cas courant avec ses valeurs et ses membres (pas les documents)</translation>
    </message>
    <message>
        <source>Add a variable of the cases: text, number, date, yes/no or a list</source>
        <translation>Ajouter une variable des cas&#xa0;: texte, nombre, date, oui/non ou liste</translation>
    </message>
    <message>
        <source>Remove the case attribute of the current column with its values</source>
        <translation>Supprimer l&apos;attribut de cas de la colonne courante, avec ses valeurs</translation>
    </message>
    <message>
        <source>Take the selected documents or passages out of the case (the documents stay)</source>
        <translation>Retirer du cas les documents ou passages sélectionnés (les documents restent)</translation>
    </message>
    <message>
        <source>Memo on the case: who or what it is, why these documents</source>
        <translation>Mémo sur le cas&#xa0;: qui ou ce qu&apos;il est, pourquoi ces documents</translation>
    </message>
    <message>
        <source>Case memo</source>
        <translation>Mémo du cas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Assign documents and passages with Documents › Assign Document to Case and Assign Selection to Case, also in the text&apos;s context menu; double-click one to show it</source>
        <translation>Affectez des documents et des passages avec Documents › Affecter le document à un cas et Affecter la sélection à un cas, également dans le menu contextuel du texte&#xa0;; double-cliquez sur l&apos;un d&apos;eux pour l&apos;afficher</translation>
    </message>
    <message>
        <source>Documents and passages of the case</source>
        <translation>Documents et passages du cas</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Memo on &quot;%1&quot;:</source>
        <translation>&amp;Mémo sur «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Mémo&#xa0;:</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>document entier</translation>
    </message>
    <message>
        <source>passage %1–%2</source>
        <translation>passage %1–%2</translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; yet: use Documents › Assign Document to Case.</source>
        <translation>Rien dans «&#xa0;%1&#xa0;» pour l&apos;instant&#xa0;: utilisez Documents › Affecter le document à un cas.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) or passage(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n document ou passage dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>%n documents ou passages dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet: add one with New Case.</source>
        <translation>Aucun cas pour l&apos;instant&#xa0;: ajoutez-en un avec Nouveau cas.</translation>
    </message>
    <message>
        <source>Choose a case to see its documents.</source>
        <translation>Choisissez un cas pour voir ses documents.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A case needs a name: &quot;%1&quot; keeps its own.</source>
        <translation>Un cas doit avoir un nom&#xa0;: «&#xa0;%1&#xa0;» garde le sien.</translation>
    </message>
    <message>
        <source>There is already a case named &quot;%1&quot;.</source>
        <translation>Il existe déjà un cas nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>New case...</source>
        <translation>Nouveau cas...</translation>
    </message>
    <message>
        <source>Assign to Case</source>
        <translation>Affecter à un cas</translation>
    </message>
    <message>
        <source>Assign %1 to the case:</source>
        <translation>Affecter %1 au cas&#xa0;:</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Nom du nouveau cas&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the case (a country, an organisation, a participant):</source>
        <translation>Nom du cas (un pays, une organisation, un participant)&#xa0;:</translation>
    </message>
    <message>
        <source>Remove Case</source>
        <translation>Supprimer le cas</translation>
    </message>
    <message numerus="yes">
        <source>Remove the case &quot;%1&quot; with its values and its %n document(s) or passage(s)? The documents stay; undo brings the case back.</source>
        <translation>
            <numerusform>Supprimer le cas «&#xa0;%1&#xa0;» avec ses valeurs et son contenu (%n document ou passage)&#xa0;? Les documents restent&#xa0;; l&apos;annulation rétablit le cas.</numerusform>
            <numerusform>Supprimer le cas «&#xa0;%1&#xa0;» avec ses valeurs et son contenu (%n documents ou passages)&#xa0;? Les documents restent&#xa0;; l&apos;annulation rétablit le cas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClassViewPanel</name>
    <message>
        <source>Key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>The coder whose codings are the key the students are scored against</source>
        <translation>Le codeur dont les codages constituent le corrigé auquel les étudiants sont comparés</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Pourcentage d&apos;accord</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>Alpha d&apos;unitisation</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Double-click a student&apos;s cell to review their disagreements with the key on that code</source>
        <translation>Double-cliquez sur la cellule d&apos;un étudiant pour réviser ses désaccords avec le corrigé sur ce code</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Corrigé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Open a project to see its class.</source>
        <translation>Ouvrez un projet pour voir sa classe.</translation>
    </message>
    <message>
        <source>Choose the key: the coder the students are scored against.</source>
        <translation>Choisissez le corrigé&#xa0;: le codeur auquel les étudiants sont comparés.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Pooled over every code the student or the key coded</source>
        <translation>Cumulé sur tous les codes codés par l&apos;étudiant ou le corrigé</translation>
    </message>
    <message>
        <source>%1 on %2: precision %3, recall %4</source>
        <translation>%1 sur %2&#xa0;: précision %3, rappel %4</translation>
    </message>
    <message>
        <source>all codes</source>
        <translation>tous les codes</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CodebookModel</name>
    <message>
        <source>A folder of codes: not applied to text.</source>
        <translation>Un dossier de codes&#xa0;: non appliqué au texte.</translation>
    </message>
    <message>
        <source>%1 codings, %2 with subcodes</source>
        <translation>%1 codages, %2 avec les sous-codes</translation>
    </message>
    <message>
        <source>Codings of this code</source>
        <translation>Codages de ce code</translation>
    </message>
    <message>
        <source>Codings of this code and its subcodes</source>
        <translation>Codages de ce code et de ses sous-codes</translation>
    </message>
    <message>
        <source>Quick-key: press it in the text to apply the code</source>
        <translation>Touche rapide&#xa0;: appuyez dessus dans le texte pour appliquer le code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CodebookPanel</name>
    <message>
        <source>New Code...</source>
        <translation>Nouveau code...</translation>
    </message>
    <message>
        <source>New Subcode...</source>
        <translation>Nouveau sous-code...</translation>
    </message>
    <message>
        <source>Code Selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Colour...</source>
        <translation>Couleur...</translation>
    </message>
    <message>
        <source>Description...</source>
        <translation>Description...</translation>
    </message>
    <message>
        <source>Pin to Key</source>
        <translation>Associer à une touche</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Retirer la touche</translation>
    </message>
    <message>
        <source>Add to Code Set...</source>
        <translation>Ajouter à un ensemble de codes...</translation>
    </message>
    <message>
        <source>Merge Into...</source>
        <translation>Fusionner dans...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Supprimer...</translation>
    </message>
    <message>
        <source>New Subcode</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Description of &quot;%1&quot;</source>
        <translation>Description de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>What the code means, when to use it and when not:</source>
        <translation>Ce que signifie le code, quand l&apos;utiliser et quand ne pas l&apos;utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot;</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its codings into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» et ses codages dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::Commands</name>
    <message>
        <source>There is no case attribute named &quot;%1&quot; any more.</source>
        <translation>Il n&apos;y a plus d&apos;attribut de cas nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no attribute named &quot;%1&quot; any more.</source>
        <translation>Il n&apos;y a plus d&apos;attribut nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>restoring attributes</source>
        <translation>restauration des attributs</translation>
    </message>
    <message>
        <source>Clear %1 of &quot;%2&quot;</source>
        <translation>Effacer %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set %1 of &quot;%2&quot; to %3</source>
        <translation>Définir %1 de «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>Add case attribute %1 (%2)</source>
        <translation>Ajouter l&apos;attribut de cas %1 (%2)</translation>
    </message>
    <message>
        <source>Add attribute %1 (%2)</source>
        <translation>Ajouter l&apos;attribut %1 (%2)</translation>
    </message>
    <message>
        <source>Remove case attribute %1</source>
        <translation>Supprimer l&apos;attribut de cas %1</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Supprimer l&apos;attribut %1</translation>
    </message>
    <message>
        <source>restoring an attribute</source>
        <translation>restauration d&apos;un attribut</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importer les attributs depuis %1</translation>
    </message>
    <message>
        <source>Add set &quot;%1&quot;</source>
        <translation>Ajouter l&apos;ensemble «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no set named &quot;%1&quot; any more.</source>
        <translation>Il n&apos;y a plus d&apos;ensemble nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2–%3</source>
        <translation>&quot;%1&quot; %2–%3</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot; any more.</source>
        <translation>Il n&apos;y a plus de cas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Add case &quot;%1&quot;</source>
        <translation>Ajouter le cas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename case &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le cas «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit memo on case &quot;%1&quot;</source>
        <translation>Modifier le mémo du cas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove case &quot;%1&quot;</source>
        <translation>Supprimer le cas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>restoring a case</source>
        <translation>restauration d&apos;un cas</translation>
    </message>
    <message>
        <source>Clear %1 of case &quot;%2&quot;</source>
        <translation>Effacer %1 du cas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set %1 of case &quot;%2&quot; to %3</source>
        <translation>Définir %1 du cas «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>Assign %1 to new case &quot;%2&quot;</source>
        <translation>Affecter %1 au nouveau cas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Assign %1 to case &quot;%2&quot;</source>
        <translation>Affecter %1 au cas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>assigning to a case</source>
        <translation>affectation à un cas</translation>
    </message>
    <message>
        <source>taking back an assignment to a case</source>
        <translation>annulation d&apos;une affectation à un cas</translation>
    </message>
    <message>
        <source>Take %1 out of case &quot;%2&quot;</source>
        <translation>Retirer %1 du cas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>New code &quot;%1&quot;</source>
        <translation>Nouveau code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename code &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le code «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Change colour of &quot;%1&quot;</source>
        <translation>Changer la couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Describe &quot;%1&quot;</source>
        <translation>Décrire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The code was deleted meanwhile, by someone else.</source>
        <translation>Le code a été supprimé entre-temps, par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par quelqu&apos;un d&apos;autre pendant que vous le modifiiez. Votre modification n&apos;a pas été enregistrée, afin de ne pas écraser la sienne&#xa0;: consultez-la, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Move code &quot;%1&quot;</source>
        <translation>Déplacer le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete code &quot;%1&quot;</source>
        <translation>Supprimer le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>removing codings</source>
        <translation>suppression de codages</translation>
    </message>
    <message>
        <source>undoing a coding</source>
        <translation>annulation d&apos;un codage</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Supprimer le codage</translation>
    </message>
    <message>
        <source>Remove %1 codings</source>
        <translation>Supprimer %1 codages</translation>
    </message>
    <message>
        <source>Change coding range</source>
        <translation>Modifier la plage du codage</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>removing documents</source>
        <translation>suppression des documents</translation>
    </message>
    <message>
        <source>restoring documents</source>
        <translation>restauration des documents</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Importer %n document</numerusform>
            <numerusform>Importer %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>Importer le livre de codes %1</translation>
    </message>
    <message>
        <source>undoing a codebook import</source>
        <translation>annulation d&apos;une importation de livre de codes</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <source>This memo was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>Ce mémo a été modifié par quelqu&apos;un d&apos;autre pendant que vous le modifiiez. Votre modification n&apos;a pas été enregistrée, afin de ne pas écraser la sienne&#xa0;: consultez-la, puis refaites la vôtre.</translation>
    </message>
    <message>
        <source>Remove set &quot;%1&quot;</source>
        <translation>Supprimer l&apos;ensemble «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to set &quot;%1&quot;</source>
        <translation>
            <numerusform>Ajouter %n document à l&apos;ensemble «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %n documents à l&apos;ensemble «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Add code set &quot;%1&quot;</source>
        <translation>Ajouter l&apos;ensemble de codes «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to code set &quot;%1&quot;</source>
        <translation>
            <numerusform>Ajouter %n code à l&apos;ensemble de codes «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %n codes à l&apos;ensemble de codes «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove code set &quot;%1&quot;</source>
        <translation>Supprimer l&apos;ensemble de codes «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CompareCodersPanel</name>
    <message>
        <source>With subcodes</source>
        <translation>Avec les sous-codes</translation>
    </message>
    <message>
        <source>Review Disagreements...</source>
        <translation>Réviser les désaccords...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export Image...</source>
        <translation>Exporter l&apos;image...</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Codeurs à comparer</translation>
    </message>
    <message>
        <source>Tick the coders to compare: two for Cohen&apos;s kappa and the disagreement review, more for Fleiss&apos; kappa and Krippendorff&apos;s alpha</source>
        <translation>Cochez les codeurs à comparer&#xa0;: deux pour le kappa de Cohen et la révision des désaccords, davantage pour le kappa de Fleiss et l&apos;alpha de Krippendorff</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Compare every code, or one</source>
        <translation>Comparer tous les codes, ou un seul</translation>
    </message>
    <message>
        <source>A code covers what its subcodes cover too</source>
        <translation>Un code couvre aussi ce que couvrent ses sous-codes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Compare over every document the coders coded in, or one</source>
        <translation>Comparer sur tous les documents codés par les codeurs, ou sur un seul</translation>
    </message>
    <message>
        <source>Go through every place where the two ticked coders differ on the selected code and settle it into a consensus coder&apos;s codings</source>
        <translation>Parcourir chaque endroit où les deux codeurs cochés divergent sur le code sélectionné et l&apos;arbitrer dans les codages d&apos;un codeur de consensus</translation>
    </message>
    <message>
        <source>Write the table to a CSV file, per code or per code and document</source>
        <translation>Écrire le tableau dans un fichier CSV, par code ou par code et document</translation>
    </message>
    <message>
        <source>By Code...</source>
        <translation>Par code...</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>Exporter l&apos;accord</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>By Code and Document...</source>
        <translation>Par code et document...</translation>
    </message>
    <message>
        <source>Save the table as it is shown as a PNG image</source>
        <translation>Enregistrer le tableau tel qu&apos;il est affiché sous forme d&apos;image PNG</translation>
    </message>
    <message>
        <source>Export Agreement Table</source>
        <translation>Exporter le tableau d&apos;accord</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>All coded documents</source>
        <translation>Tous les documents codés</translation>
    </message>
    <message>
        <source>Open a project to compare its coders.</source>
        <translation>Ouvrez un projet pour comparer ses codeurs.</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation>Cochez au moins deux codeurs à comparer.</translation>
    </message>
    <message>
        <source>Tick exactly two coders and select a code to review their disagreements</source>
        <translation>Cochez exactement deux codeurs et sélectionnez un code pour réviser leurs désaccords</translation>
    </message>
    <message>
        <source>There is no comparison to export: %1</source>
        <translation>Il n&apos;y a aucune comparaison à exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The table has no size to draw at; show the panel first.</source>
        <translation>Le tableau n&apos;a pas de taille à laquelle être dessiné&#xa0;; affichez d&apos;abord le panneau.</translation>
    </message>
    <message>
        <source>encoding the image failed</source>
        <translation>l&apos;encodage de l&apos;image a échoué</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DisagreementReview</name>
    <message>
        <source>one coder&apos;s version</source>
        <translation>version d&apos;un codeur</translation>
    </message>
    <message>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersection</translation>
    </message>
    <message>
        <source>not coded</source>
        <translation>non codé</translation>
    </message>
    <message>
        <source>adjusted range</source>
        <translation>plage ajustée</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Review Disagreements: %1</source>
        <translation>Révision des désaccords&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 and %3, settled as %4</source>
        <translation>%1&#xa0;: %2 et %3, arbitrage&#xa0;: %4</translation>
    </message>
    <message>
        <source> (with subcodes)</source>
        <translation> (avec les sous-codes)</translation>
    </message>
    <message>
        <source>The previous disagreement (Alt+Up, Shift+F8)</source>
        <translation>Le désaccord précédent (Alt+Up, Shift+F8)</translation>
    </message>
    <message>
        <source>The next disagreement (Alt+Down, F8)</source>
        <translation>Le désaccord suivant (Alt+Down, F8)</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Accepter %1</translation>
    </message>
    <message>
        <source>Code exactly what %1 coded here</source>
        <translation>Coder exactement ce que %1 a codé ici</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Code everything either coder coded here</source>
        <translation>Coder tout ce que l&apos;un ou l&apos;autre codeur a codé ici</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>Intersection</translation>
    </message>
    <message>
        <source>Code only what both coders coded here</source>
        <translation>Coder uniquement ce que les deux codeurs ont codé ici</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Leave this passage uncoded</source>
        <translation>Laisser ce passage non codé</translation>
    </message>
    <message>
        <source>Use Selection</source>
        <translation>Utiliser la sélection</translation>
    </message>
    <message>
        <source>Code the text selected now (select to adjust the boundaries)</source>
        <translation>Coder le texte actuellement sélectionné (sélectionnez pour ajuster les limites)</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 révisés</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere on this code: nothing to review.</source>
        <translation>%1 et %2 sont d&apos;accord partout sur ce code&#xa0;: rien à réviser.</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing&lt;/i&gt;</source>
        <translation>&lt;i&gt;rien&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 in &quot;%3&quot;, characters %4 to %5</source>
        <translation>Désaccord %1 sur %2 dans «&#xa0;%3&#xa0;», caractères %4 à %5</translation>
    </message>
    <message>
        <source>decided (%1); undo to decide again</source>
        <translation>tranché (%1)&#xa0;; annulez pour décider à nouveau</translation>
    </message>
    <message>
        <source>decided (%1&apos;s version); undo to decide again</source>
        <translation>tranché (version de %1)&#xa0;; annulez pour décider à nouveau</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Révision %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation>accepter %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentImport</name>
    <message>
        <source>Importing documents...</source>
        <translation>Importation des documents...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot; (%2 of %3)...</source>
        <translation>Importation de «&#xa0;%1&#xa0;» (%2 sur %3)...</translation>
    </message>
    <message>
        <source>Already in the Project</source>
        <translation>Déjà dans le projet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the project, as the document &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans le projet, en tant que document «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Import it again as another document, or skip it?</source>
        <translation>L&apos;importer à nouveau comme un autre document, ou l&apos;ignorer&#xa0;?</translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation>Importer à nouveau</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Do the same for the other files already in the project</source>
        <translation>Faire de même pour les autres fichiers déjà présents dans le projet</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %1 of %n file(s): the %1 finished are kept.</source>
        <translation>
            <numerusform>Importation annulée après %1 sur %n fichier&#xa0;: les %1 terminés sont conservés.</numerusform>
            <numerusform>Importation annulée après %1 sur %n fichiers&#xa0;: les %1 terminés sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>Fichiers importés&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Fichiers importés&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n fichier refusé.</numerusform>
            <numerusform>%n fichiers refusés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders are not documents and were left out.</source>
        <translation>
            <numerusform>%n fichier des dossiers n&apos;est pas un document et a été exclu.</numerusform>
            <numerusform>%n fichiers des dossiers ne sont pas des documents et ont été exclus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a document Marginalia imports; left out.</source>
        <translation>%1&#xa0;: n&apos;est pas un document que Marginalia importe&#xa0;; exclu.</translation>
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
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentScopeBar</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Count every document, the documents of a set, or those meeting a condition on their attributes</source>
        <translation>Compter tous les documents, les documents d&apos;un ensemble, ou ceux dont les attributs remplissent une condition</translation>
    </message>
    <message>
        <source>Documents where... (e.g. year &gt;= 2017 and type = resolution)</source>
        <translation>Documents où... (p. ex. year &gt;= 2017 and type = resolution)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>A condition on the attributes: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; values with spaces in quotes. Applied with Enter.</source>
        <translation>Une condition portant sur les attributs&#xa0;: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains&#xa0;; and, or, not&#xa0;; valeurs contenant des espaces entre guillemets. Appliquée avec Enter.</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Ensemble&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n listed document(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n document listé</numerusform>
            <numerusform>%1&#xa0;: %n documents listés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the documents where %2</source>
        <translation>%1&#xa0;: les documents où %2</translation>
    </message>
    <message>
        <source>Documents where...</source>
        <translation>Documents où...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 sur %n document</numerusform>
            <numerusform>%1 sur %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in scope</source>
        <translation>
            <numerusform>%n document dans la portée</numerusform>
            <numerusform>%n documents dans la portée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentView</name>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>pp. %1–%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codeur inconnu</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentsPanel</name>
    <message>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <source>Import Documents...</source>
        <translation>Importer des documents...</translation>
    </message>
    <message>
        <source>Import Folder...</source>
        <translation>Importer un dossier...</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove from Project...</source>
        <translation>Retirer du projet...</translation>
    </message>
    <message>
        <source>Add to Set...</source>
        <translation>Ajouter à un ensemble...</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Documents (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Documents</source>
        <translation>Importer un dossier de documents</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExcerptModel</name>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters)</source>
        <translation>
            <numerusform>(%n caractère de plus)</numerusform>
            <numerusform>(%n caractères de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Mémo&#xa0;:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FileExport</name>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindBar</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Motif non valide</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Correspondance précédente (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Correspondance suivante (Enter, F3)</translation>
    </message>
    <message>
        <source>Match case: &quot;UN&quot; does not find &quot;un&quot;</source>
        <translation>Respecter la casse&#xa0;: «&#xa0;ONU&#xa0;» ne trouve pas «&#xa0;onu&#xa0;»</translation>
    </message>
    <message>
        <source>Only matches that are whole words: &quot;protect&quot; does not find &quot;protection&quot;</source>
        <translation>Uniquement les correspondances qui sont des mots entiers&#xa0;: «&#xa0;protection&#xa0;» ne trouve pas «&#xa0;protections&#xa0;»</translation>
    </message>
    <message>
        <source>The query is a regular expression (Perl syntax), such as &quot;refugees?&quot;</source>
        <translation>La requête est une expression régulière (syntaxe Perl), telle que «&#xa0;réfugiés?&#xa0;»</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Motif non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyChart</name>
    <message>
        <source>No codings to count yet</source>
        <translation>Aucun codage à compter pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n codes)</source>
        <translation>
            <numerusform>Autres (%n code)</numerusform>
            <numerusform>Autres (%n codes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>Codages par code</translation>
    </message>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>Autres codes (%n)</numerusform>
            <numerusform>Autres codes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per document: the %1 of %2 documents with the most codings</source>
        <translation>Codages par document&#xa0;: les %1 documents sur %2 ayant le plus de codages</translation>
    </message>
    <message>
        <source>Codings per coder: the %1 of %2 coders with the most codings</source>
        <translation>Codages par codeur&#xa0;: les %1 codeurs sur %2 ayant le plus de codages</translation>
    </message>
    <message>
        <source>Codings per document and code</source>
        <translation>Codages par document et par code</translation>
    </message>
    <message>
        <source>Codings per coder and code</source>
        <translation>Codages par codeur et par code</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyModel</name>
    <message>
        <source>Number of codings</source>
        <translation>Nombre de codages</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Number of documents with at least one coding</source>
        <translation>Nombre de documents ayant au moins un codage</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Characters covered: overlapping codings of one code count each character once</source>
        <translation>Caractères couverts&#xa0;: les codages d&apos;un même code qui se chevauchent comptent chaque caractère une seule fois</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Codings of the code and all its subcodes</source>
        <translation>Codages du code et de tous ses sous-codes</translation>
    </message>
    <message>
        <source>Codings incl. subcodes</source>
        <translation>Codages, sous-codes inclus</translation>
    </message>
    <message>
        <source>Documents where the code or one of its subcodes occurs</source>
        <translation>Documents où apparaît le code ou l&apos;un de ses sous-codes</translation>
    </message>
    <message>
        <source>Documents incl. subcodes</source>
        <translation>Documents, sous-codes inclus</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyPanel</name>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Export Chart...</source>
        <translation>Exporter le graphique...</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Par code</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Par document</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>Par codeur</translation>
    </message>
    <message>
        <source>Count codings per code, per document and code, or per coder and code</source>
        <translation>Compter les codages par code, par document et code, ou par codeur et code</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Count every coder&apos;s codings or one coder&apos;s</source>
        <translation>Compter les codages de tous les codeurs ou d&apos;un seul</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Write this table to a CSV file for a spreadsheet, R or Python</source>
        <translation>Écrire ce tableau dans un fichier CSV pour un tableur, R ou Python</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>encoding the image failed</source>
        <translation>l&apos;encodage de l&apos;image a échoué</translation>
    </message>
    <message>
        <source>Export Frequencies</source>
        <translation>Exporter les fréquences</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer le graphique comme image PNG ou dessin SVG</translation>
    </message>
    <message>
        <source>Code frequencies, drawn by Marginalia</source>
        <translation>Fréquences des codes, dessinées par Marginalia</translation>
    </message>
    <message>
        <source>the drawing could not be started</source>
        <translation>le dessin n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HelpBrowser</name>
    <message>
        <source>Marginalia User Guide</source>
        <translation>Guide de l&apos;utilisateur de Marginalia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the page or place shown before (Alt+Left)</source>
        <translation>Revenir à la page ou à l&apos;endroit affiché précédemment (Alt+Left)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The user guide&apos;s first page</source>
        <translation>La première page du guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HistoryPanel</name>
    <message>
        <source>Project opened</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>Before %1 (cannot be undone)</source>
        <translation>Avant %1 (ne peut plus être annulé)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Could not %1: %2 The step is taken off the undo history; the rest of it stays.</source>
        <translation>Échec de l&apos;opération (%1)&#xa0;: %2 L&apos;étape est retirée de l&apos;historique des annulations&#xa0;; le reste de l&apos;historique est conservé.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>Coded Passages</source>
        <translation>Passages codés</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>Fréquences</translation>
    </message>
    <message>
        <source>Compare Coders</source>
        <translation>Comparer les codeurs</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>Open &amp;Server Project...</source>
        <translation>Ouvrir un projet sur &amp;serveur...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import Documents...</source>
        <translation>&amp;Importer des documents...</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>Importer un &amp;dossier...</translation>
    </message>
    <message>
        <source>&amp;Hand Out Copy...</source>
        <translation>Distri&amp;buer une copie...</translation>
    </message>
    <message>
        <source>&amp;Merge Projects...</source>
        <translation>&amp;Fusionner des projets...</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Project (.qdpx)...</source>
        <translation>Importer un &amp;projet REFI-QDA (.qdpx)...</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Codebook (.qdc)...</source>
        <translation>Importer un livre de &amp;codes REFI-QDA (.qdc)...</translation>
    </message>
    <message>
        <source>&amp;Export as REFI-QDA Project (.qdpx)...</source>
        <translation>&amp;Exporter en projet REFI-QDA (.qdpx)...</translation>
    </message>
    <message>
        <source>Export REFI-QDA Code&amp;book (.qdc)...</source>
        <translation>Exporter le &amp;livre de codes REFI-QDA (.qdc)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>Coder &amp;in vivo</translation>
    </message>
    <message>
        <source>Code With &amp;Selected Code</source>
        <translation>Coder avec le code &amp;sélectionné</translation>
    </message>
    <message>
        <source>&amp;Find in Document...</source>
        <translation>Rechercher dans le &amp;document...</translation>
    </message>
    <message>
        <source>Search &amp;Project...</source>
        <translation>Rechercher dans le &amp;projet...</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Codes</translation>
    </message>
    <message>
        <source>&amp;New Code...</source>
        <translation>&amp;Nouveau code...</translation>
    </message>
    <message>
        <source>New &amp;Subcode...</source>
        <translation>Nouveau &amp;sous-code...</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Compare Coders</source>
        <translation>&amp;Comparer les codeurs</translation>
    </message>
    <message>
        <source>&amp;Review Disagreements...</source>
        <translation>&amp;Réviser les désaccords...</translation>
    </message>
    <message>
        <source>C&amp;lass View</source>
        <translation>Vue de c&amp;lasse</translation>
    </message>
    <message>
        <source>Code &amp;Matrix</source>
        <translation>&amp;Matrice de codes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>&amp;Ajuster la sélection aux mots entiers</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Text &amp;Font...</source>
        <translation>&amp;Police du texte...</translation>
    </message>
    <message>
        <source>Text Font</source>
        <translation>Police du texte</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Bottom Panels</source>
        <translation>Panneaux du &amp;bas</translation>
    </message>
    <message>
        <source>Show or hide the panels below the text, to read with the whole height</source>
        <translation>Afficher ou masquer les panneaux situés sous le texte, pour lire sur toute la hauteur</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>À &amp;propos de Marginalia</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>À propos de Marginalia</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source> Coder: </source>
        <translation> Codeur&#xa0;: </translation>
    </message>
    <message>
        <source>The coder whose name goes on new codings. Type a name and press Enter to code as someone else; a new name becomes a coder of the project with its first coding.</source>
        <translation>Le codeur dont le nom est apposé sur les nouveaux codages. Saisissez un nom et appuyez sur Enter pour coder en tant que quelqu&apos;un d&apos;autre&#xa0;; un nouveau nom devient un codeur du projet dès son premier codage.</translation>
    </message>
    <message>
        <source>  View codings of: </source>
        <translation>  Afficher les codages de&#xa0;: </translation>
    </message>
    <message>
        <source>Memo on code &quot;%1&quot;</source>
        <translation>Mémo sur le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Review Disagreements</source>
        <translation>Réviser les désaccords</translation>
    </message>
    <message>
        <source>The decisions become the codings of a consensus coder, so neither coder&apos;s work changes.
Consensus coder:</source>
        <translation>Les décisions deviennent les codages d&apos;un codeur de consensus, de sorte que le travail des deux codeurs reste inchangé.
Codeur de consensus&#xa0;:</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation>%1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>Mémo du projet</translation>
    </message>
    <message>
        <source>A project on a server is backed up by the server&apos;s administrator (for example with pg_dump), not by Marginalia.</source>
        <translation>Un projet sur serveur est sauvegardé par l&apos;administrateur du serveur (par exemple avec pg_dump), et non par Marginalia.</translation>
    </message>
    <message>
        <source>undo &quot;%1&quot;</source>
        <translation>annulation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>redo &quot;%1&quot;</source>
        <translation>rétablissement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>Codage en tant que %1</translation>
    </message>
    <message>
        <source>Now coding as %1, a new coder in this project from the first coding on.</source>
        <translation>Vous codez désormais en tant que %1, nouveau codeur de ce projet à partir du premier codage.</translation>
    </message>
    <message>
        <source>Now coding as %1.</source>
        <translation>Vous codez désormais en tant que %1.</translation>
    </message>
    <message>
        <source>Memo on document &quot;%1&quot;</source>
        <translation>Mémo sur le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 characters, %3 codings</source>
        <translation>%1&#xa0;: %2 caractères, %3 codages</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;; aucun document ne peut être importé.</translation>
    </message>
    <message>
        <source>There was nothing to import.</source>
        <translation>Il n&apos;y avait rien à importer.</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>There are no documents to import there: Marginalia imports %1 files.</source>
        <translation>Il n&apos;y a là aucun document à importer&#xa0;: Marginalia importe les fichiers %1.</translation>
    </message>
    <message>
        <source>It has no codings.</source>
        <translation>Il n&apos;a aucun codage.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed with it.</source>
        <translation>
            <numerusform>%n codage sera supprimé avec lui.</numerusform>
            <numerusform>%n codages seront supprimés avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the project?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du projet&#xa0;?</translation>
    </message>
    <message>
        <source> You can undo this.</source>
        <translation> Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>You can read this server project but not code it: its owner can make you a coder.</source>
        <translation>Vous pouvez lire ce projet sur serveur mais pas le coder&#xa0;: son propriétaire peut faire de vous un codeur.</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be coded.</source>
        <translation>Ce projet est ouvert en lecture seule&#xa0;; rien ne peut être codé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; apply one of its subcodes.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier de codes et ne s&apos;applique pas au texte&#xa0;; appliquez l&apos;un de ses sous-codes.</translation>
    </message>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>Sélectionnez d&apos;abord du texte, puis appliquez-lui un code.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; with %2</source>
        <translation>Coder «&#xa0;%1&#xa0;» avec %2</translation>
    </message>
    <message>
        <source>Coded with &quot;%1&quot;.</source>
        <translation>Codé avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That passage already has this code from %1.</source>
        <translation>Ce passage a déjà reçu ce code de la part de %1.</translation>
    </message>
    <message>
        <source>Code Hits</source>
        <translation>Coder les occurrences</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to code: %1 already has &quot;%2&quot; on all %n hit(s).</source>
        <translation>
            <numerusform>Rien à coder&#xa0;: %1 a déjà appliqué «&#xa0;%2&#xa0;» à %n occurrence.</numerusform>
            <numerusform>Rien à coder&#xa0;: %1 a déjà appliqué «&#xa0;%2&#xa0;» aux %n occurrences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code the hits of %1 with %2</source>
        <translation>Coder les occurrences de %1 avec %2</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &quot;%1&quot; (%2 already coded).</source>
        <translation>
            <numerusform>%n passage codé avec «&#xa0;%1&#xa0;» (%2 déjà codés).</numerusform>
            <numerusform>%n passages codés avec «&#xa0;%1&#xa0;» (%2 déjà codés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the words to name the new code after.</source>
        <translation>Sélectionnez les mots qui donneront son nom au nouveau code.</translation>
    </message>
    <message>
        <source>In-vivo code &quot;%1&quot;</source>
        <translation>Code in vivo «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No code is pinned to %1: right-click a code in the codebook to pin it.</source>
        <translation>Aucun code n&apos;est associé à %1&#xa0;: faites un clic droit sur un code du livre de codes pour l&apos;y associer.</translation>
    </message>
    <message>
        <source>Memo on coding: %1</source>
        <translation>Mémo sur le codage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Code With</source>
        <translation>Coder avec</translation>
    </message>
    <message>
        <source>All Codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Code In Vivo</source>
        <translation>Coder in vivo</translation>
    </message>
    <message>
        <source>Edit Memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <source>Set Range to Selection</source>
        <translation>Ajuster la plage à la sélection</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Supprimer le codage</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Merged: %1 codings moved, %2 duplicates dropped, %3 subcodes moved.</source>
        <translation>Fusion effectuée&#xa0;: %1 codages déplacés, %2 doublons supprimés, %3 sous-codes déplacés.</translation>
    </message>
    <message>
        <source>Delete the code &quot;%1&quot;?</source>
        <translation>Supprimer le code «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) go with it. </source>
        <translation>
            <numerusform>Son sous-code (%n) sera supprimé avec lui. </numerusform>
            <numerusform>Ses %n sous-codes seront supprimés avec lui. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed.</source>
        <translation>
            <numerusform>%n codage sera supprimé.</numerusform>
            <numerusform>%n codages seront supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>Codebook imported</source>
        <translation>Livre de codes importé</translation>
    </message>
    <message>
        <source>%1: nothing new to import.</source>
        <translation>%1&#xa0;: rien de nouveau à importer.</translation>
    </message>
    <message>
        <source>Codebook exported to %1.</source>
        <translation>Livre de codes exporté vers %1.</translation>
    </message>
    <message>
        <source>Project exported</source>
        <translation>Projet exporté</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>Projet importé</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>Projets Marginalia (*.marginalia);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... et %n autre.</numerusform>
            <numerusform>... et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n project(s): %1 codings added, %2 conflicts (Edit &gt; Undo takes it back)</source>
        <translation>
            <numerusform>%n projet fusionné&#xa0;: %1 codages ajoutés, %2 conflits (Édition &gt; Annuler revient en arrière)</numerusform>
            <numerusform>%n projets fusionnés&#xa0;: %1 codages ajoutés, %2 conflits (Édition &gt; Annuler revient en arrière)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message numerus="yes">
        <source>Merged, with %n conflict(s), each resolved without losing anything.</source>
        <translation>
            <numerusform>Fusion effectuée, avec %n conflit, résolu sans rien perdre.</numerusform>
            <numerusform>Fusion effectuée, avec %n conflits, chacun résolu sans rien perdre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand Out Copy</source>
        <translation>Distribuer une copie</translation>
    </message>
    <message>
        <source>Wrote %1: %2 documents, %3 codes; left out %4</source>
        <translation>%1 écrit&#xa0;: %2 documents, %3 codes&#xa0;; exclu&#xa0;: %4</translation>
    </message>
    <message>
        <source>no coder</source>
        <translation>aucun codeur</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;ocuments</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>&amp;Attributs</translation>
    </message>
    <message>
        <source>&amp;New Attribute...</source>
        <translation>&amp;Nouvel attribut...</translation>
    </message>
    <message>
        <source>Save Filter as &amp;Set...</source>
        <translation>Enregistrer le filtre comme &amp;ensemble...</translation>
    </message>
    <message>
        <source>&amp;Import Attributes (CSV)...</source>
        <translation>&amp;Importer les attributs (CSV)...</translation>
    </message>
    <message>
        <source>&amp;Export Attributes (CSV)...</source>
        <translation>E&amp;xporter les attributs (CSV)...</translation>
    </message>
    <message>
        <source>Import Attributes</source>
        <translation>Importer des attributs</translation>
    </message>
    <message numerus="yes">
        <source>Imported the attributes of %n document(s)</source>
        <translation>
            <numerusform>Attributs de %n document importés</numerusform>
            <numerusform>Attributs de %n documents importés</numerusform>
        </translation>
    </message>
    <message>
        <source>; new: %1</source>
        <translation>; nouveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ca&amp;s</translation>
    </message>
    <message>
        <source>Assign Document to &amp;Case...</source>
        <translation>Affecter le document à un &amp;cas...</translation>
    </message>
    <message>
        <source>Assign Selec&amp;tion to Case...</source>
        <translation>Affecter la sélec&amp;tion à un cas...</translation>
    </message>
    <message>
        <source>S&amp;ets</source>
        <translation>&amp;Ensembles</translation>
    </message>
    <message>
        <source>Add Selected Documents to Se&amp;t...</source>
        <translation>Ajouter les documents sélectionnés à un &amp;ensemble...</translation>
    </message>
    <message>
        <source>Add Selected Codes to Code &amp;Set...</source>
        <translation>Ajouter les codes sélectionnés à un ensemble de &amp;codes...</translation>
    </message>
    <message>
        <source>Assign Selection to Case...</source>
        <translation>Affecter la sélection à un cas...</translation>
    </message>
    <message>
        <source>Assign Document to Case...</source>
        <translation>Affecter le document à un cas...</translation>
    </message>
    <message>
        <source>Open a document to assign it to a case.</source>
        <translation>Ouvrez un document pour l&apos;affecter à un cas.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>le document «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select a passage of the text to assign it to a case.</source>
        <translation>Sélectionnez un passage du texte pour l&apos;affecter à un cas.</translation>
    </message>
    <message>
        <source>the passage %1–%2</source>
        <translation>le passage %1–%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has this already.</source>
        <translation>«&#xa0;%1&#xa0;» l&apos;a déjà.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n document(s) or passage(s) out of case &quot;%1&quot;</source>
        <translation>
            <numerusform>Retirer %n document ou passage du cas «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Retirer %n documents ou passages du cas «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>il y a moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Sau&amp;vegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup...</source>
        <translation>Res&amp;taurer depuis une sauvegarde...</translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation>Sauvegardé à %1</translation>
    </message>
    <message numerus="yes">
        <source>The automatic backup failed: %1 Your work is saved in the project itself; the next backup is tried in %n minute(s).</source>
        <translation>
            <numerusform>La sauvegarde automatique a échoué&#xa0;: %1 Votre travail est enregistré dans le projet lui-même&#xa0;; la prochaine sauvegarde sera tentée dans %n minute.</numerusform>
            <numerusform>La sauvegarde automatique a échoué&#xa0;: %1 Votre travail est enregistré dans le projet lui-même&#xa0;; la prochaine sauvegarde sera tentée dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last session with this project (%1) ended without closing it. Everything it saved is in the file, and SQLite&apos;s check finds the file sound.</source>
        <translation>La dernière session avec ce projet (%1) s&apos;est terminée sans le fermer. Tout ce qu&apos;elle a enregistré se trouve dans le fichier, et la vérification de SQLite juge le fichier sain.</translation>
    </message>
    <message>
        <source>Opened read-only: this project is open for writing by %1. You can read, search, count and export here; to code, close it there and choose Try Again.</source>
        <translation>Ouvert en lecture seule&#xa0;: ce projet est ouvert en écriture par %1. Vous pouvez ici lire, rechercher, compter et exporter&#xa0;; pour coder, fermez-le là-bas et choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Opened read-only: the file or its folder cannot be written here. Copy the project to a folder of yours to code in it.</source>
        <translation>Ouvert en lecture seule&#xa0;: le fichier ou son dossier n&apos;est pas accessible en écriture ici. Copiez le projet dans l&apos;un de vos dossiers pour y coder.</translation>
    </message>
    <message>
        <source>This project is on a network drive (%1). SQLite cannot lock files reliably there, so two computers writing it at once can damage it. Work on a copy on a local disk.</source>
        <translation>Ce projet se trouve sur un lecteur réseau (%1). SQLite n&apos;y verrouille pas les fichiers de manière fiable&#xa0;: deux ordinateurs qui y écrivent en même temps peuvent l&apos;endommager. Travaillez sur une copie placée sur un disque local.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2), and no sound backup of it was found. Open it read-only to export what can still be read, and keep the file for a specialist.</source>
        <translation>%1 est endommagé (la vérification de SQLite a trouvé&#xa0;: %2), et aucune sauvegarde saine n&apos;a été trouvée. Ouvrez-le en lecture seule pour exporter ce qui peut encore être lu, et conservez le fichier pour un spécialiste.</translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the file found: %1.

The newest sound backup was made %2 (%3). Restoring it brings the project back as it was then: what was changed after that is lost. The damaged file is kept beside the project, renamed, never deleted.</source>
        <translation>La vérification du fichier par SQLite a trouvé&#xa0;: %1.

La sauvegarde saine la plus récente a été faite %2 (%3). La restaurer ramène le projet à son état d&apos;alors&#xa0;: ce qui a été modifié depuis est perdu. Le fichier endommagé est conservé à côté du projet, renommé, jamais supprimé.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de %1.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>The project goes back to the backup you choose; the file it replaces is kept beside it, renamed.</source>
        <translation>Le projet revient à la sauvegarde que vous choisissez&#xa0;; le fichier qu&apos;elle remplace est conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation>Sauvegarde restaurée (faite %1).</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The file it replaced is kept as %2.</source>
        <translation>Sauvegarde restaurée (faite %1). Le fichier qu&apos;elle a remplacé est conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codeur</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>Not opened: %1 wants a password.</source>
        <translation>Non ouvert&#xa0;: %1 demande un mot de passe.</translation>
    </message>
    <message>
        <source>On server %1 as %2</source>
        <translation>Sur le serveur %1 en tant que %2</translation>
    </message>
    <message>
        <source>You are a viewer on this server project: you can read, search, count and export. Its owner can make you a coder.</source>
        <translation>Vous êtes lecteur de ce projet sur serveur&#xa0;: vous pouvez lire, rechercher, compter et exporter. Son propriétaire peut faire de vous un codeur.</translation>
    </message>
    <message>
        <source>Make a new code named after the selected words and code them with it</source>
        <translation>Créer un nouveau code portant le nom des mots sélectionnés et coder ces mots avec lui</translation>
    </message>
    <message>
        <source>Show, and count in the panels, the codings of one coder only or of everyone</source>
        <translation>Afficher, et compter dans les panneaux, les codages d&apos;un seul codeur ou de tous</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Pré&amp;férences...</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia&lt;/h3&gt;&lt;p&gt;A workbench for qualitative text analysis: code documents, retrieve and compare, alone or together on a server. Every change is saved the moment you make it.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Qt %2 (built with Qt %3)&lt;br&gt;%4, %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia&lt;/h3&gt;&lt;p&gt;Un atelier d&apos;analyse qualitative de textes&#xa0;: codez des documents, retrouvez et comparez des passages, seul ou à plusieurs sur un serveur. Chaque modification est enregistrée dès que vous la faites.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Qt %2 (compilé avec Qt %3)&lt;br&gt;%4, %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Exporter le &amp;rapport...</translation>
    </message>
    <message>
        <source>A printable page (HTML or PDF) with the codebook, frequencies, excerpts, memos and the coders&apos; agreement</source>
        <translation>Une page imprimable (HTML ou PDF) avec le livre de codes, les fréquences, les extraits, les mémos et l&apos;accord inter-codeurs</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Rapport enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MatrixModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Each column&apos;s total: nothing is counted twice (docs/matrices.md)</source>
        <translation>Total de chaque colonne&#xa0;: rien n&apos;est compté deux fois (docs/matrices.md)</translation>
    </message>
    <message>
        <source>all codes</source>
        <translation>tous les codes</translation>
    </message>
    <message>
        <source>all columns</source>
        <translation>toutes les colonnes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Each code&apos;s total: nothing is counted twice (docs/matrices.md)</source>
        <translation>Total de chaque code&#xa0;: rien n&apos;est compté deux fois (docs/matrices.md)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MatrixPanel</name>
    <message>
        <source>Cells: pairs of co-occurring codings, one of each code (diagonal: two codings of one code).</source>
        <translation>Cellules&#xa0;: paires de codages en cooccurrence, un de chaque code (diagonale&#xa0;: deux codages d&apos;un même code).</translation>
    </message>
    <message>
        <source>Cells: documents in which the two codes co-occur.</source>
        <translation>Cellules&#xa0;: documents dans lesquels les deux codes sont en cooccurrence.</translation>
    </message>
    <message>
        <source>Cells: characters where codings of the two codes overlap.</source>
        <translation>Cellules&#xa0;: caractères où les codages des deux codes se chevauchent.</translation>
    </message>
    <message>
        <source>Cells: 1 when the two codes co-occur; totals count the cells with 1.</source>
        <translation>Cellules&#xa0;: 1 quand les deux codes sont en cooccurrence&#xa0;; les totaux comptent les cellules à 1.</translation>
    </message>
    <message>
        <source>Cells: the code&apos;s codings in the column.</source>
        <translation>Cellules&#xa0;: les codages du code dans la colonne.</translation>
    </message>
    <message>
        <source>Cells: the column&apos;s documents with the code; totals count distinct documents.</source>
        <translation>Cellules&#xa0;: les documents de la colonne portant le code&#xa0;; les totaux comptent des documents distincts.</translation>
    </message>
    <message>
        <source>Cells: characters the code covers in the column, each counted once.</source>
        <translation>Cellules&#xa0;: caractères couverts par le code dans la colonne, chacun compté une fois.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the column; totals count the cells with 1.</source>
        <translation>Cellules&#xa0;: 1 quand le code est présent dans la colonne&#xa0;; les totaux comptent les cellules à 1.</translation>
    </message>
    <message>
        <source>Cells: the code&apos;s codings in the document.</source>
        <translation>Cellules&#xa0;: les codages du code dans le document.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the document; totals count distinct documents.</source>
        <translation>Cellules&#xa0;: 1 quand le code est présent dans le document&#xa0;; les totaux comptent des documents distincts.</translation>
    </message>
    <message>
        <source>Cells: characters the code covers in the document, each counted once.</source>
        <translation>Cellules&#xa0;: caractères couverts par le code dans le document, chacun compté une fois.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the document; totals count the cells with 1.</source>
        <translation>Cellules&#xa0;: 1 quand le code est présent dans le document&#xa0;; les totaux comptent les cellules à 1.</translation>
    </message>
    <message>
        <source>Subcodes count in their parents.</source>
        <translation>Les sous-codes comptent dans leurs parents.</translation>
    </message>
    <message>
        <source>With &amp;subcodes</source>
        <translation>Avec les &amp;sous-codes</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Export Excel...</source>
        <translation>Exporter en Excel...</translation>
    </message>
    <message>
        <source>A row per code, or only for the codes of a code set</source>
        <translation>Une ligne par code, ou seulement pour les codes d&apos;un ensemble de codes</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>A column per document, per case, per value of a document&apos;s or a case&apos;s attribute, or per code to see which codes occur together</source>
        <translation>Une colonne par document, par cas, par valeur d&apos;un attribut de document ou de cas, ou par code pour voir quels codes apparaissent ensemble</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>What a cell counts</source>
        <translation>Ce que compte une cellule</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>A code&apos;s row counts the codings of its subcodes too</source>
        <translation>La ligne d&apos;un code compte aussi les codages de ses sous-codes</translation>
    </message>
    <message>
        <source>Count every coder&apos;s codings or one coder&apos;s</source>
        <translation>Compter les codages de tous les codeurs ou d&apos;un seul</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>À N caractères au plus</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Même paragraphe</translation>
    </message>
    <message>
        <source>When two codings co-occur: they share a character, lie at most N characters apart, or touch a common paragraph</source>
        <translation>Quand deux codages sont en cooccurrence&#xa0;: ils partagent un caractère, sont distants d&apos;au plus N caractères, ou touchent un même paragraphe</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Cooccurrence</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Largest gap in characters</source>
        <translation>Écart maximal en caractères</translation>
    </message>
    <message>
        <source>The largest gap between two codings that still co-occur</source>
        <translation>L&apos;écart maximal entre deux codages encore considérés en cooccurrence</translation>
    </message>
    <message>
        <source>Double-click a cell to list its passages</source>
        <translation>Double-cliquez sur une cellule pour lister ses passages</translation>
    </message>
    <message>
        <source>Write the matrix to a CSV file for a spreadsheet, R or Python</source>
        <translation>Écrire la matrice dans un fichier CSV pour un tableur, R ou Python</translation>
    </message>
    <message>
        <source>Write the matrix to an Excel workbook (.xlsx)</source>
        <translation>Écrire la matrice dans un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Lignes&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>C&amp;olonnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cellule&#xa0;:</translation>
    </message>
    <message>
        <source>Co-occ&amp;ur when:</source>
        <translation>Coocc&amp;urrence si&#xa0;:</translation>
    </message>
    <message>
        <source>This project has no cases yet (marginalia-cli cases adds them); group the documents by an attribute instead.</source>
        <translation>Ce projet n&apos;a pas encore de cas (marginalia-cli cases permet d&apos;en ajouter)&#xa0;; regroupez plutôt les documents selon un attribut.</translation>
    </message>
    <message>
        <source>The code set &quot;%1&quot; has no codes (its codes were deleted, or it was made empty); show all codes instead.</source>
        <translation>L&apos;ensemble de codes «&#xa0;%1&#xa0;» n&apos;a aucun code (ses codes ont été supprimés, ou il a été vidé)&#xa0;; affichez plutôt tous les codes.</translation>
    </message>
    <message>
        <source>Case</source>
        <comment>a matrix column</comment>
        <translation>Cas</translation>
    </message>
    <message>
        <source>%1: any</source>
        <comment>a matrix&apos;s Total column: every case, every value</comment>
        <translation>%1&#xa0;: tous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a matrix column: case or attribute, then its name or value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a matrix column, then the documents in scope</comment>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Case attribute: %1</source>
        <translation>Attribut de cas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Codes (cooccurrence)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Exporter la matrice</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MemoPanel</name>
    <message>
        <source>Write a memo: what you notice, doubts, links to other passages...</source>
        <translation>Rédigez un mémo&#xa0;: ce que vous remarquez, vos doutes, des liens vers d&apos;autres passages...</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MergeProjectsCommand</name>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
    <message>
        <source>Merge %1 projects</source>
        <translation>Fusionner %1 projets</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NewAttributeDialog</name>
    <message>
        <source>New Case Attribute</source>
        <translation>Nouvel attribut de cas</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>Nouvel attribut</translation>
    </message>
    <message>
        <source>e.g. region, age, sector</source>
        <translation>p. ex. région, âge, secteur</translation>
    </message>
    <message>
        <source>e.g. year, country, type</source>
        <translation>p. ex. année, pays, type</translation>
    </message>
    <message>
        <source>One value a line, in the order to offer them</source>
        <translation>Une valeur par ligne, dans l&apos;ordre où les proposer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PageGutter</name>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PanelControls</name>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect when Marginalia starts again.</source>
        <translation>Prend effet au prochain démarrage de Marginalia.</translation>
    </message>
    <message>
        <source>Apply the preferences, close this window and start Marginalia again on the same project</source>
        <translation>Appliquer les préférences, fermer cette fenêtre et redémarrer Marginalia sur le même projet</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text &amp;font:</source>
        <translation>&amp;Police du texte&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;odeur&#xa0;:</translation>
    </message>
    <message>
        <source>The name on your new codings, as in the toolbar&apos;s Coder box.</source>
        <translation>Le nom apposé sur vos nouveaux codages, comme dans la zone Codeur de la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>after every change</source>
        <translation>après chaque modification</translation>
    </message>
    <message>
        <source>Make no backups while the project is open; File &gt; Back Up Now still does</source>
        <translation>Ne faire aucune sauvegarde tant que le projet est ouvert&#xa0;; Fichier &gt; Sauvegarder maintenant en fait toujours une</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>While the project has changes. Kept beside the project, in a folder named after it with &quot;%1&quot;: the newest %2, and the last of each of the past %3 days.</source>
        <translation>Tant que le projet comporte des modifications. Conservées à côté du projet, dans un dossier portant son nom suivi de «&#xa0;%1&#xa0;»&#xa0;: les %2 plus récentes, et la dernière de chacun des %3 derniers jours.</translation>
    </message>
    <message>
        <source>Set by the environment variable MARGINALIA_BACKUP_INTERVAL, which wins over this setting.</source>
        <translation>Défini par la variable d&apos;environnement MARGINALIA_BACKUP_INTERVAL, qui l&apos;emporte sur ce réglage.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RefiQdaExchange</name>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportation de %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importation de %1...</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Projets REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>Enregistrer le projet importé sous</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importer un livre de codes</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Livres de codes REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exporter le livre de codes</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The report has the codebook, the code frequencies with a chart, the memos and, when several coders coded, their agreement. Check the codes whose excerpts it should list:</source>
        <translation>Le rapport comprend le livre de codes, les fréquences des codes avec un graphique, les mémos et, si plusieurs codeurs ont codé, leur accord. Cochez les codes dont il doit lister les extraits&#xa0;:</translation>
    </message>
    <message>
        <source>Each checked code&apos;s excerpts include its &amp;subcodes&apos;</source>
        <translation>Les extraits de chaque code coché incluent ceux de ses &amp;sous-codes</translation>
    </message>
    <message>
        <source>The &amp;agreement between coders, when two or more coded</source>
        <translation>L&apos;&amp;accord inter-codeurs, si au moins deux codeurs ont codé</translation>
    </message>
    <message>
        <source>Save as &amp;HTML...</source>
        <translation>Enregistrer en &amp;HTML...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Enregistrer en &amp;PDF...</translation>
    </message>
    <message>
        <source>Check codes in File › Export Report… to list their excerpts.</source>
        <translation>Cochez des codes dans Fichier › Exporter le rapport… pour lister leurs extraits.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ReportExport</name>
    <message>
        <source>Save the Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <comment>a file name: no direction marks in it</comment>
        <translation>Rapport %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RetrievalPanel</name>
    <message>
        <source>With subcodes</source>
        <translation>Avec les sous-codes</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <source>Also list the passages coded with the code&apos;s subcodes</source>
        <translation>Lister aussi les passages codés avec les sous-codes du code</translation>
    </message>
    <message>
        <source>Show the passages of every coder or of one</source>
        <translation>Afficher les passages de tous les codeurs ou d&apos;un seul</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Show the passages in every document or in one</source>
        <translation>Afficher les passages de tous les documents ou d&apos;un seul</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Aller au passage</translation>
    </message>
    <message>
        <source>&amp;Copy Passage</source>
        <translation>&amp;Copier le passage</translation>
    </message>
    <message>
        <source>Write these passages to a CSV file for a spreadsheet, R or Python</source>
        <translation>Écrire ces passages dans un fichier CSV pour un tableur, R ou Python</translation>
    </message>
    <message>
        <source>No code selected</source>
        <translation>Aucun code sélectionné</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Select a code to see its passages</source>
        <translation>Sélectionnez un code pour voir ses passages</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>passages in documents</comment>
        <translation>%1 dans %2</translation>
    </message>
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
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No code is selected.</source>
        <translation>Aucun code n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>Exporter les passages</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchHitModel</name>
    <message>
        <source>%1, characters %2 to %3 of the memo</source>
        <translation>%1, caractères %2 à %3 du mémo</translation>
    </message>
    <message>
        <source>%1, characters %2 to %3</source>
        <translation>%1, caractères %2 à %3</translation>
    </message>
    <message>
        <source>Memo on the project</source>
        <translation>Mémo sur le projet</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Mémo sur %1</translation>
    </message>
    <message>
        <source>Memo on code %1</source>
        <translation>Mémo sur le code %1</translation>
    </message>
    <message>
        <source>Memo on a coding in %1</source>
        <translation>Mémo sur un codage dans %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Paragr.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchPanel</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Code Hits...</source>
        <translation>Coder les occurrences...</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, prefix*, AND, OR, NOT, NEAR(a b, 5)</source>
        <translation>mots, &quot;une expression&quot;, préfixe*, AND, OR, NOT, NEAR(a b, 5)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Substring</source>
        <translation>Sous-chaîne</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Words: whole words, capitals and accents ignored. Substring: any run of characters, inside words too (Chinese and Japanese are searched this way). Regular expression: a PCRE pattern.</source>
        <translation>Mots&#xa0;: mots entiers, sans tenir compte des majuscules ni des accents. Sous-chaîne&#xa0;: toute suite de caractères, y compris à l&apos;intérieur des mots (le chinois et le japonais sont recherchés ainsi). Expression régulière&#xa0;: un motif PCRE.</translation>
    </message>
    <message>
        <source>Substring and regular expression: tell capitals from small letters</source>
        <translation>Sous-chaîne et expression régulière&#xa0;: distinguer majuscules et minuscules</translation>
    </message>
    <message>
        <source>Search the memos too (of the project, documents, codes and codings); their hits come after the text&apos;s</source>
        <translation>Rechercher aussi dans les mémos (du projet, des documents, des codes et des codages)&#xa0;; leurs occurrences viennent après celles du texte</translation>
    </message>
    <message>
        <source>Code every hit (or its sentence or paragraph) with a code, as one step to undo</source>
        <translation>Coder chaque occurrence (ou sa phrase, ou son paragraphe) avec un code, en une seule étape à annuler</translation>
    </message>
    <message>
        <source>Type what to search for and press Enter.</source>
        <translation>Saisissez ce que vous recherchez et appuyez sur Enter.</translation>
    </message>
    <message>
        <source>No hits for %1.</source>
        <translation>Aucune occurrence pour %1.</translation>
    </message>
    <message>
        <source>%1 in memos.</source>
        <translation>%1 dans les mémos.</translation>
    </message>
    <message>
        <source>any characters, e.g. fficki</source>
        <translation>n&apos;importe quelle suite de caractères, p. ex. fficki</translation>
    </message>
    <message>
        <source>a pattern, e.g. \b20\d\d\b</source>
        <translation>un motif, p. ex. \b20\d\d\b</translation>
    </message>
    <message>
        <source>Code Hits</source>
        <translation>Coder les occurrences</translation>
    </message>
    <message numerus="yes">
        <source>Code the %n hit(s) of %1. What is already coded with the code by the coder is left as it is; the whole is one step to undo.</source>
        <translation>
            <numerusform>Coder l&apos;occurrence (%n) de %1. Ce qui est déjà codé avec ce code par ce codeur est laissé tel quel&#xa0;; l&apos;ensemble constitue une seule étape à annuler.</numerusform>
            <numerusform>Coder les %n occurrences de %1. Ce qui est déjà codé avec ce code par ce codeur est laissé tel quel&#xa0;; l&apos;ensemble constitue une seule étape à annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>The hit only</source>
        <translation>L&apos;occurrence seule</translation>
    </message>
    <message>
        <source>The sentence around it</source>
        <translation>La phrase qui la contient</translation>
    </message>
    <message>
        <source>The paragraph around it</source>
        <translation>Le paragraphe qui la contient</translation>
    </message>
    <message>
        <source>&amp;Code what:</source>
        <translation>&amp;Coder quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1.</source>
        <translation>
            <numerusform>%Ln occurrence dans %1.</numerusform>
            <numerusform>%Ln occurrences dans %1.</numerusform>
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
    <name>Marginalia::Ui::SeminarExchange</name>
    <message>
        <source>Hand Out Copy</source>
        <translation>Distribuer une copie</translation>
    </message>
    <message>
        <source>A copy for students: the same documents and codebook, so their copies merge back. Leave out the codings of:</source>
        <translation>Une copie pour les étudiants&#xa0;: les mêmes documents et le même livre de codes, pour que leurs copies puissent être fusionnées ensuite. Exclure les codages de&#xa0;:</translation>
    </message>
    <message>
        <source>Leave out the memos</source>
        <translation>Exclure les mémos</translation>
    </message>
    <message>
        <source>-handout</source>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Projets Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message>
        <source>Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)</source>
        <translation>Projets (*.marginalia *.qdpx);;Projets Marginalia (*.marginalia);;Projets REFI-QDA (*.qdpx)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ServerPasswordDialog</name>
    <message>
        <source>this computer&apos;s server</source>
        <translation>le serveur de cet ordinateur</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>votre identifiant</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server wants the password of %1 on %2 for the project &quot;%3&quot;.</source>
        <translation>Le serveur demande le mot de passe de %1 sur %2 pour le projet «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>That password was not accepted.</source>
        <translation>Ce mot de passe n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Kept in memory until Marginalia quits, never saved. To be asked no more, put it in ~/.pgpass.</source>
        <translation>Conservé en mémoire jusqu&apos;à la fermeture de Marginalia, jamais enregistré. Pour ne plus avoir à le saisir, placez-le dans ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ServerProjectDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>Ouvrir un projet sur serveur</translation>
    </message>
    <message>
        <source>The project&apos;s location on a PostgreSQL server, as its owner gave it to you:
postgresql://server/database?project=NAME, or a .marginalia-server file.</source>
        <translation>L&apos;emplacement du projet sur un serveur PostgreSQL, tel que son propriétaire vous l&apos;a donné&#xa0;:
postgresql://server/database?project=NAME, ou un fichier .marginalia-server.</translation>
    </message>
    <message>
        <source>When the server wants a password, Marginalia asks for it and keeps it only until it quits; it is never saved.</source>
        <translation>Lorsque le serveur demande un mot de passe, Marginalia vous le demande et ne le conserve que jusqu&apos;à sa fermeture&#xa0;; il n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Connection &amp;File...</source>
        <translation>&amp;Fichier de connexion...</translation>
    </message>
    <message>
        <source>Not a server location: it begins with postgresql:// (or is a .marginalia-server file). To open a project file, use File &gt; Open Project.</source>
        <translation>Ce n&apos;est pas un emplacement de serveur&#xa0;: celui-ci commence par postgresql:// (ou est un fichier .marginalia-server). Pour ouvrir un fichier de projet, utilisez Fichier &gt; Ouvrir un projet.</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>Ouvrir un fichier de connexion</translation>
    </message>
    <message>
        <source>Server connections (*%1);;All files (*)</source>
        <translation>Connexions au serveur (*%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SetsPanel</name>
    <message>
        <source>Remove Set...</source>
        <translation>Supprimer l&apos;ensemble...</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Ensembles</translation>
    </message>
    <message>
        <source>Members of the set</source>
        <translation>Membres de l&apos;ensemble</translation>
    </message>
    <message>
        <source>Remove the current set (not its documents or codes); undo brings it back</source>
        <translation>Supprimer l&apos;ensemble courant (pas ses documents ni ses codes)&#xa0;; l&apos;annulation le rétablit</translation>
    </message>
    <message>
        <source>Add documents with &quot;Add to Set...&quot; in the Documents panel, codes with &quot;Add to Code Set...&quot; in the Codebook</source>
        <translation>Ajoutez des documents avec «&#xa0;Ajouter à un ensemble...&#xa0;» dans le panneau Documents, et des codes avec «&#xa0;Ajouter à un ensemble de codes...&#xa0;» dans le livre de codes</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>où %1</translation>
    </message>
    <message>
        <source>The documents meeting the condition when the set is used: %1</source>
        <translation>Les documents qui remplissent la condition au moment où l&apos;ensemble est utilisé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets of documents</source>
        <translation>Ensembles de documents</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n ensemble</numerusform>
            <numerusform>%n ensembles</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets of codes</source>
        <translation>Ensembles de codes</translation>
    </message>
    <message>
        <source>No sets yet.</source>
        <translation>Aucun ensemble pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose a set to see its members.</source>
        <translation>Choisissez un ensemble pour voir ses membres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n document dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>%n documents dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) meeting &quot;%1&quot; now:</source>
        <translation>
            <numerusform>%n document remplissant actuellement «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>%n documents remplissant actuellement «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n code dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
            <numerusform>%n codes dans «&#xa0;%1&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new set:</source>
        <translation>Nom du nouvel ensemble&#xa0;:</translation>
    </message>
    <message>
        <source>Add to Set</source>
        <translation>Ajouter à un ensemble</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to the set:</source>
        <translation>
            <numerusform>Ajouter %n document à l&apos;ensemble&#xa0;:</numerusform>
            <numerusform>Ajouter %n documents à l&apos;ensemble&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>New set...</source>
        <translation>Nouvel ensemble...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a set saved from a condition (%2): its documents are those meeting it.</source>
        <translation>«&#xa0;%1&#xa0;» est un ensemble enregistré à partir d&apos;une condition (%2)&#xa0;: ses documents sont ceux qui la remplissent.</translation>
    </message>
    <message>
        <source>Add to Code Set</source>
        <translation>Ajouter à un ensemble de codes</translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to the code set:</source>
        <translation>
            <numerusform>Ajouter %n code à l&apos;ensemble de codes&#xa0;:</numerusform>
            <numerusform>Ajouter %n codes à l&apos;ensemble de codes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>New code set...</source>
        <translation>Nouvel ensemble de codes...</translation>
    </message>
    <message>
        <source>Remove Set</source>
        <translation>Supprimer l&apos;ensemble</translation>
    </message>
    <message>
        <source>Remove the set &quot;%1&quot;? Its documents and codes stay; undo brings the set back.</source>
        <translation>Supprimer l&apos;ensemble «&#xa0;%1&#xa0;»&#xa0;? Ses documents et ses codes restent&#xa0;; l&apos;annulation rétablit l&apos;ensemble.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qualitative text analysis workbench</source>
        <translation>Atelier d&apos;analyse qualitative de textes</translation>
    </message>
    <message>
        <source>A project file, a .marginalia-server connection file or a postgresql:// URL to open.</source>
        <translation>Un fichier de projet, un fichier de connexion .marginalia-server ou une URL postgresql:// à ouvrir.</translation>
    </message>
    <message>
        <source>light or dark (Fusion style).</source>
        <translation>light ou dark (style Fusion).</translation>
    </message>
    <message>
        <source>Show this document.</source>
        <translation>Afficher ce document.</translation>
    </message>
    <message>
        <source>Select this code.</source>
        <translation>Sélectionner ce code.</translation>
    </message>
    <message>
        <source>Save the window as a PNG and quit.</source>
        <translation>Enregistrer la fenêtre au format PNG et quitter.</translation>
    </message>
    <message>
        <source>Show the window in this language (en, fr, es or ar) for this run.</source>
        <translation>Afficher la fenêtre dans cette langue (en, fr, es ou ar) pour cette exécution.</translation>
    </message>
</context>
</TS>
