<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Marginalia::Cli::CommandLine</name>
    <message>
        <source>~/.pgpass (a line HOST:PORT:DATABASE:LOGIN:PASSWORD, the file readable only by you: chmod 600 ~/.pgpass), the file PGPASSFILE names, or a service file (~/.pg_service.conf, then ?service=NAME in the URL); PGPASSWORD works too, for one shell</source>
        <translation>~/.pgpass (una línea HOST:PORT:DATABASE:LOGIN:PASSWORD, con el archivo legible solo por usted: chmod 600 ~/.pgpass), el archivo que indique PGPASSFILE o un archivo de servicio (~/.pg_service.conf, y luego ?service=NAME en la URL); PGPASSWORD también funciona, para una sola sesión de shell</translation>
    </message>
    <message>
        <source>The server wants a password, and marginalia-cli does not ask for one: put it in %1.</source>
        <translation>El servidor requiere una contraseña y marginalia-cli no la solicita: escríbala en %1.</translation>
    </message>
    <message>
        <source>The server refused the password it was given: check the one in %1.</source>
        <translation>El servidor rechazó la contraseña proporcionada: compruebe la que figura en %1.</translation>
    </message>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>Crear un archivo de proyecto nuevo y vacío.</translation>
    </message>
    <message>
        <source>Import documents (text, Markdown, HTML, PDF, Word, OpenDocument) and folders of them.</source>
        <translation>Importar documentos (texto, Markdown, HTML, PDF, Word, OpenDocument) y carpetas que los contengan.</translation>
    </message>
    <message>
        <source>List the documents with their size and codings.</source>
        <translation>Enumerar los documentos con su tamaño y sus codificaciones.</translation>
    </message>
    <message>
        <source>Add a code (and missing parents): Protection/Children.</source>
        <translation>Añadir un código (y los códigos superiores que falten): Protección/Infancia.</translation>
    </message>
    <message>
        <source>Print the codebook as a tree.</source>
        <translation>Mostrar el libro de códigos en forma de árbol.</translation>
    </message>
    <message>
        <source>Rename a code.</source>
        <translation>Renombrar un código.</translation>
    </message>
    <message>
        <source>Move a code under another (or to the top level).</source>
        <translation>Mover un código bajo otro (o al nivel superior).</translation>
    </message>
    <message>
        <source>Merge a code and its codings into another.</source>
        <translation>Fusionar un código y sus codificaciones en otro.</translation>
    </message>
    <message>
        <source>Delete a code, its subcodes and their codings.</source>
        <translation>Eliminar un código, sus subcódigos y sus codificaciones.</translation>
    </message>
    <message>
        <source>Code a range, a phrase or a pattern in a document.</source>
        <translation>Codificar un rango, una frase o un patrón en un documento.</translation>
    </message>
    <message>
        <source>Show or set the memo of the project, a document, a code or a coding.</source>
        <translation>Mostrar o establecer el memo del proyecto, de un documento, de un código o de una codificación.</translation>
    </message>
    <message>
        <source>List the coders.</source>
        <translation>Enumerar los codificadores.</translation>
    </message>
    <message>
        <source>Count codings by code, document or coder.</source>
        <translation>Contar las codificaciones por código, documento o codificador.</translation>
    </message>
    <message>
        <source>Code matrices: codes x documents, or code co-occurrence (codes x codes).</source>
        <translation>Matrices de códigos: códigos x documentos, o coocurrencia de códigos (códigos x códigos).</translation>
    </message>
    <message>
        <source>Intercoder agreement per code: percent, Cohen&apos;s and Fleiss&apos; kappa, Krippendorff&apos;s alpha and alpha-u.</source>
        <translation>Acuerdo entre codificadores por código: porcentaje, kappa de Cohen y de Fleiss, alfa de Krippendorff y alfa-u.</translation>
    </message>
    <message>
        <source>Where two coders differ: one row per stretch one of them coded.</source>
        <translation>Dónde difieren dos codificadores: una fila por cada tramo que uno de ellos codificó.</translation>
    </message>
    <message>
        <source>Write a copy for students: same documents, codebook and GUIDs, without the key&apos;s codings.</source>
        <translation>Escribir una copia para estudiantes: mismos documentos, libro de códigos y GUID, sin las codificaciones de la clave de respuestas.</translation>
    </message>
    <message>
        <source>Merge projects (.marginalia or .qdpx) into TARGET: documents by text, codes and coders by GUID.</source>
        <translation>Fusionar proyectos (.marginalia o .qdpx) en TARGET: documentos por su texto; códigos y codificadores por GUID.</translation>
    </message>
    <message>
        <source>Score coders against a key coder: agreement, precision and recall per code.</source>
        <translation>Evaluar a los codificadores frente a un codificador clave: acuerdo, precisión y exhaustividad por código.</translation>
    </message>
    <message>
        <source>List coded passages, one row per coding.</source>
        <translation>Enumerar los fragmentos codificados, una fila por codificación.</translation>
    </message>
    <message>
        <source>Search the documents&apos; text (words, &quot;phrases&quot;, prefix*, AND/OR/NOT, NEAR; substrings; patterns), and code the hits.</source>
        <translation>Buscar en el texto de los documentos (palabras, &quot;frases&quot;, prefijo*, AND/OR/NOT, NEAR; subcadenas; patrones) y codificar los resultados.</translation>
    </message>
    <message>
        <source>List the documents&apos; attributes, or set them from a CSV (--import) or write them (--export).</source>
        <translation>Enumerar los atributos de los documentos, o establecerlos desde un CSV (--import) o escribirlos (--export).</translation>
    </message>
    <message>
        <source>List the sets of documents, or add one (by condition or by hand) or remove one.</source>
        <translation>Enumerar los conjuntos de documentos, o añadir uno (por condición o manualmente) o eliminar uno.</translation>
    </message>
    <message>
        <source>List the cases, or add, remove one, or assign a document or passage to one.</source>
        <translation>Enumerar los casos, o añadir o eliminar uno, o asignarle un documento o un fragmento.</translation>
    </message>
    <message>
        <source>Check the project file&apos;s integrity.</source>
        <translation>Comprobar la integridad del archivo del proyecto.</translation>
    </message>
    <message>
        <source>Back the project up now (and rotate its backups).</source>
        <translation>Hacer ahora una copia de seguridad del proyecto (y rotar sus copias de seguridad).</translation>
    </message>
    <message>
        <source>List the project&apos;s backups, newest first, each checked.</source>
        <translation>Enumerar las copias de seguridad del proyecto, de la más reciente a la más antigua, comprobando cada una.</translation>
    </message>
    <message>
        <source>Put a backup in place of the project; the current file is kept beside it, renamed.</source>
        <translation>Poner una copia de seguridad en lugar del proyecto; el archivo actual se conserva al lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Export the project to REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder.</source>
        <translation>Exportar el proyecto a REFI-QDA (.qdpx) para NVivo, ATLAS.ti, MAXQDA o QualCoder.</translation>
    </message>
    <message>
        <source>Import a REFI-QDA project (.qdpx) as a new project.</source>
        <translation>Importar un proyecto REFI-QDA (.qdpx) como proyecto nuevo.</translation>
    </message>
    <message>
        <source>Export the codebook to REFI-QDA (.qdc).</source>
        <translation>Exportar el libro de códigos a REFI-QDA (.qdc).</translation>
    </message>
    <message>
        <source>Merge a REFI-QDA codebook (.qdc) into the project.</source>
        <translation>Fusionar un libro de códigos REFI-QDA (.qdc) en el proyecto.</translation>
    </message>
    <message>
        <source>Prepare a PostgreSQL database to hold team projects (once; harmless when done).</source>
        <translation>Preparar una base de datos PostgreSQL para alojar proyectos de equipo (una sola vez; inocuo si ya se hizo).</translation>
    </message>
    <message>
        <source>Put a project file on a server as a new project, with every id and GUID.</source>
        <translation>Subir un archivo de proyecto a un servidor como proyecto nuevo, con todos sus identificadores y GUID.</translation>
    </message>
    <message>
        <source>Copy a server project into a new project file, for archiving or offline work.</source>
        <translation>Copiar un proyecto en servidor en un nuevo archivo de proyecto, para archivarlo o trabajar sin conexión.</translation>
    </message>
    <message>
        <source>Give a server login a role on a server project: owner, coder or viewer.</source>
        <translation>Asignar a un usuario del servidor una función en un proyecto en servidor: owner, coder o viewer.</translation>
    </message>
    <message>
        <source>Remove a project from its server for good (owners only; pull it first to keep a copy).</source>
        <translation>Eliminar definitivamente un proyecto de su servidor (solo propietarios; descárguelo antes con pull para conservar una copia).</translation>
    </message>
    <message>
        <source>Write a .marginalia-server file that opens a server project on a double click (no password).</source>
        <translation>Escribir un archivo .marginalia-server que abra un proyecto en servidor con un doble clic (sin contraseña).</translation>
    </message>
    <message>
        <source>Run &quot;marginalia-cli %1 --help&quot; for its options.</source>
        <translation>Ejecute &quot;marginalia-cli %1 --help&quot; para ver sus opciones.</translation>
    </message>
    <message>
        <source>Usage: marginalia-cli %1 [options] %2</source>
        <translation>Uso: marginalia-cli %1 [opciones] %2</translation>
    </message>
    <message>
        <source>the project file is missing.</source>
        <translation>falta el archivo del proyecto.</translation>
    </message>
    <message>
        <source>arguments are missing.</source>
        <translation>faltan argumentos.</translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation>demasiados argumentos: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table, csv or xlsx.</source>
        <translation>formato desconocido «%1»; utilice table, csv o xlsx.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use table or csv.</source>
        <translation>formato desconocido «%1»; utilice table o csv.</translation>
    </message>
    <message>
        <source>marginalia-cli %1: warning: %2 is on a network file system (%3). SQLite cannot lock files reliably there: two computers writing at once can damage the project. Keep it on a local disk.</source>
        <translation>marginalia-cli %1: advertencia: %2 está en un sistema de archivos de red (%3). SQLite no puede bloquear archivos de forma fiable en él: si dos equipos escriben a la vez, el proyecto puede dañarse. Guárdelo en un disco local.</translation>
    </message>
    <message>
        <source>%1: you can view this project but not change it: your role on the server is viewer. Its owner can make you a coder (marginalia-cli member-add URL LOGIN coder).</source>
        <translation>%1: puede ver este proyecto, pero no modificarlo: su función en el servidor es viewer (lector). Su propietario puede hacerle codificador (marginalia-cli member-add URL LOGIN coder).</translation>
    </message>
    <message>
        <source>Only documents meeting CONDITION on their attributes, e.g. &quot;year&gt;=2017 and type=resolution&quot;.</source>
        <translation>Solo los documentos cuyos atributos cumplen CONDITION, p. ej., &quot;year&gt;=2017 and type=resolution&quot;.</translation>
    </message>
    <message>
        <source>Only the documents of this set.</source>
        <translation>Solo los documentos de este conjunto.</translation>
    </message>
    <message>
        <source>Output format: table (default), csv or xlsx (an Excel workbook; needs --output).</source>
        <translation>Formato de salida: table (predeterminado), csv o xlsx (un libro de Excel; requiere --output).</translation>
    </message>
    <message>
        <source>Output format: table (default) or csv.</source>
        <translation>Formato de salida: table (predeterminado) o csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>CSV: write cells exactly, without neutralising cells that a spreadsheet would run as formulas (=, +, -, @).</source>
        <translation>CSV: escribir las celdas tal cual, sin neutralizar las que una hoja de cálculo ejecutaría como fórmulas (=, +, -, @).</translation>
    </message>
    <message>
        <source>CSV: begin with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV: empezar con una marca de orden de bytes UTF-8 (para Excel).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: there is no document named &quot;%2&quot;; &quot;marginalia-cli documents&quot; lists them.</source>
        <translation>%1: no hay ningún documento llamado «%2»; &quot;marginalia-cli documents&quot; los enumera.</translation>
    </message>
    <message>
        <source>%1: there is no coder &quot;%2&quot;.</source>
        <translation>%1: no existe el codificador «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code path; separate levels with &quot;/&quot;, e.g. Protection/Children.</source>
        <translation>«%1» no es una ruta de código; separe los niveles con «/», p. ej., Protección/Infancia.</translation>
    </message>
    <message>
        <source>%1: there is no code &quot;%2&quot;; &quot;marginalia-cli codes&quot; shows the codebook.</source>
        <translation>%1: no existe el código «%2»; &quot;marginalia-cli codes&quot; muestra el libro de códigos.</translation>
    </message>
    <message>
        <source>Created project %1</source>
        <translation>Proyecto %1 creado</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>El archivo del proyecto.</translation>
    </message>
    <message>
        <source>Files to import, or folders: their documents are imported, subfolders included, hidden files left out.</source>
        <translation>Archivos que importar, o carpetas: se importan sus documentos, incluidas las subcarpetas y excluidos los archivos ocultos.</translation>
    </message>
    <message>
        <source>Refuse files larger than MB megabytes (default %1).</source>
        <translation>Rechazar archivos de más de MB megabytes (valor predeterminado: %1).</translation>
    </message>
    <message>
        <source>Import a file even when the project already has a document from the same file.</source>
        <translation>Importar un archivo aunque el proyecto ya tenga un documento procedente del mismo archivo.</translation>
    </message>
    <message>
        <source>--max-size takes a positive number of megabytes.</source>
        <translation>--max-size requiere un número positivo de megabytes.</translation>
    </message>
    <message>
        <source>importing %1 of %2: %3</source>
        <translation>importando %1 de %2: %3</translation>
    </message>
    <message>
        <source>refused: %1: the project already has this file, as the document &quot;%2&quot;; --allow-duplicates imports it again.</source>
        <translation>rechazado: %1: el proyecto ya contiene este archivo, como el documento «%2»; --allow-duplicates lo vuelve a importar.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>imported &quot;%1&quot; from %2: %3</source>
        <translation>importado «%1» desde %2: %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files imported.</source>
        <translation>%1 de %2 archivos importados.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused, each named above with the reason.</source>
        <translation>
            <numerusform>%n archivo rechazado, indicado arriba con el motivo.</numerusform>
            <numerusform>%n archivos rechazados, cada uno indicado arriba con el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders skipped, of types Marginalia does not import (%1%2).</source>
        <translation>
            <numerusform>%n archivo de las carpetas omitido, de un tipo que Marginalia no importa (%1%2).</numerusform>
            <numerusform>%n archivos de las carpetas omitidos, de tipos que Marginalia no importa (%1%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codificaciones</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>codificación de caracteres</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>documents: %1</source>
        <translation>documentos: %1</translation>
    </message>
    <message>
        <source>The code&apos;s colour, #RRGGBB.</source>
        <translation>El color del código, #RRGGBB.</translation>
    </message>
    <message>
        <source>What the code means and when to use it.</source>
        <translation>Qué significa el código y cuándo utilizarlo.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; exists already.</source>
        <translation>el código «%1» ya existe.</translation>
    </message>
    <message>
        <source>added code &quot;%1&quot; (%2)</source>
        <translation>código «%1» añadido (%2)</translation>
    </message>
    <message>
        <source>The codebook is empty; add codes with &quot;marginalia-cli code-add&quot;.</source>
        <translation>El libro de códigos está vacío; añada códigos con &quot;marginalia-cli code-add&quot;.</translation>
    </message>
    <message>
        <source>codings: %1</source>
        <translation>codificaciones: %1</translation>
    </message>
    <message>
        <source> (%1 with subcodes)</source>
        <translation> (%1 con subcódigos)</translation>
    </message>
    <message>
        <source>no colour</source>
        <translation>sin color</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>(carpeta)</translation>
    </message>
    <message>
        <source>renamed &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>«%1» renombrado como «%2»</translation>
    </message>
    <message>
        <source>Place among the new siblings, from 0 (default: last).</source>
        <translation>Posición entre los nuevos códigos hermanos, desde 0 (predeterminado: al final).</translation>
    </message>
    <message>
        <source>--position takes a number from 0.</source>
        <translation>--position requiere un número a partir de 0.</translation>
    </message>
    <message>
        <source>moved &quot;%1&quot; to %2</source>
        <translation>«%1» movido a %2</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>merged &quot;%1&quot; into &quot;%2&quot;: %3 codings moved, %4 duplicates dropped, %5 subcodes moved</source>
        <translation>«%1» fusionado en «%2»: %3 codificaciones movidas, %4 duplicados descartados, %5 subcódigos movidos</translation>
    </message>
    <message>
        <source>deleted &quot;%1&quot; with %2 subcodes and %3 codings</source>
        <translation>«%1» eliminado con %2 subcódigos y %3 codificaciones</translation>
    </message>
    <message>
        <source>The document&apos;s name.</source>
        <translation>El nombre del documento.</translation>
    </message>
    <message>
        <source>The code&apos;s path, e.g. Protection/Children.</source>
        <translation>La ruta del código, p. ej., Protección/Infancia.</translation>
    </message>
    <message>
        <source>Code the characters START to END (code points, END exclusive).</source>
        <translation>Codificar los caracteres de START a END (puntos de código, END excluido).</translation>
    </message>
    <message>
        <source>Code every occurrence of TEXT.</source>
        <translation>Codificar cada aparición de TEXT.</translation>
    </message>
    <message>
        <source>Code every match of the regular expression RE (PCRE syntax).</source>
        <translation>Codificar cada coincidencia de la expresión regular RE (sintaxis PCRE).</translation>
    </message>
    <message>
        <source>With --match or --regex: ignore letter case.</source>
        <translation>Con --match o --regex: no distinguir mayúsculas de minúsculas.</translation>
    </message>
    <message>
        <source>Who codes (default: $MARGINALIA_CODER or the login name).</source>
        <translation>Quién codifica (predeterminado: $MARGINALIA_CODER o el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>A memo for each coding made.</source>
        <translation>Un memo para cada codificación realizada.</translation>
    </message>
    <message>
        <source>--document NAME is required.</source>
        <translation>Se requiere --document NAME.</translation>
    </message>
    <message>
        <source>--code PATH is required.</source>
        <translation>Se requiere --code PATH.</translation>
    </message>
    <message>
        <source>give exactly one of --range START:END, --match TEXT or --regex RE.</source>
        <translation>indique exactamente una de estas opciones: --range START:END, --match TEXT o --regex RE.</translation>
    </message>
    <message>
        <source>--range takes START:END in characters, e.g. --range 120:245.</source>
        <translation>--range requiere START:END en caracteres, p. ej., --range 120:245.</translation>
    </message>
    <message>
        <source>the regular expression &quot;%1&quot; is invalid at position %2: %3</source>
        <translation>la expresión regular «%1» no es válida en la posición %2: %3</translation>
    </message>
    <message>
        <source>--match needs some text.</source>
        <translation>--match requiere algún texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; apply one of its subcodes.</source>
        <translation>«%1» es una carpeta de códigos y no se aplica al texto; aplique uno de sus subcódigos.</translation>
    </message>
    <message>
        <source>the range %1:%2 is not inside &quot;%3&quot;, which has characters 0:%4; a range needs 0 &lt;= START &lt; END &lt;= %4.</source>
        <translation>el rango %1:%2 no está dentro de «%3», que tiene los caracteres 0:%4; un rango requiere 0 &lt;= START &lt; END &lt;= %4.</translation>
    </message>
    <message>
        <source>no match in &quot;%1&quot;; 0 codings made.</source>
        <translation>ninguna coincidencia en «%1»; 0 codificaciones realizadas.</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>Un codificador necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; in &quot;%2&quot; by %3</source>
        <translation>
            <numerusform>%n codificación realizada: «%1» en «%2» por %3</numerusform>
            <numerusform>%n codificaciones realizadas: «%1» en «%2» por %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 existed already)</source>
        <translation> (%1 ya existían)</translation>
    </message>
    <message>
        <source>The memo of this document.</source>
        <translation>El memo de este documento.</translation>
    </message>
    <message>
        <source>The memo of this code.</source>
        <translation>El memo de este código.</translation>
    </message>
    <message>
        <source>The memo of the coding with this GUID.</source>
        <translation>El memo de la codificación con este GUID.</translation>
    </message>
    <message>
        <source>give at most one of --document, --code, --coding (none: the project memo).</source>
        <translation>indique como máximo una de estas opciones: --document, --code, --coding (ninguna: el memo del proyecto).</translation>
    </message>
    <message>
        <source>%1: there is no coding with GUID %2; &quot;marginalia-cli excerpts --format csv&quot; lists them.</source>
        <translation>%1: no hay ninguna codificación con el GUID %2; &quot;marginalia-cli excerpts --format csv&quot; las enumera.</translation>
    </message>
    <message>
        <source>memo saved</source>
        <translation>memo guardado</translation>
    </message>
    <message>
        <source>--coders needs at least %1 names, separated by commas.</source>
        <translation>--coders requiere al menos %1 nombres, separados por comas.</translation>
    </message>
    <message>
        <source>The coders to compare, comma-separated (default: everyone who coded).</source>
        <translation>Los codificadores que comparar, separados por comas (predeterminado: todos los que han codificado).</translation>
    </message>
    <message>
        <source>Only this code.</source>
        <translation>Solo este código.</translation>
    </message>
    <message>
        <source>A code covers what its subcodes cover too.</source>
        <translation>Un código abarca también lo que abarcan sus subcódigos.</translation>
    </message>
    <message>
        <source>Only this document.</source>
        <translation>Solo este documento.</translation>
    </message>
    <message>
        <source>One row per code (default, pooled over the documents) or per code and document.</source>
        <translation>Una fila por código (predeterminado, agregando todos los documentos) o por código y documento.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot;; use --by code or document.</source>
        <translation>agrupación desconocida «%1»; utilice --by code o document.</translation>
    </message>
    <message>
        <source>coders: %1</source>
        <translation>codificadores: %1</translation>
    </message>
    <message>
        <source>The students&apos; copy to write (a new file).</source>
        <translation>La copia para los estudiantes que se va a escribir (un archivo nuevo).</translation>
    </message>
    <message>
        <source>Leave this coder&apos;s codings out (repeat for several): the key, so coding is blind.</source>
        <translation>Excluir las codificaciones de este codificador (repetir para varios): la clave de respuestas, para que la codificación sea a ciegas.</translation>
    </message>
    <message>
        <source>Leave every coding and coder out.</source>
        <translation>Excluir todas las codificaciones y todos los codificadores.</translation>
    </message>
    <message>
        <source>Leave every memo out.</source>
        <translation>Excluir todos los memos.</translation>
    </message>
    <message>
        <source>%1: a hand-out is written to a new project file; to share it on a server, push that file (marginalia-cli push FILE URL).</source>
        <translation>%1: una copia para repartir se escribe en un nuevo archivo de proyecto; para compartirla en un servidor, suba ese archivo (marginalia-cli push FILE URL).</translation>
    </message>
    <message>
        <source>wrote %1: %2 documents, %3 codes, %4 codings kept</source>
        <translation>escrito %1: %2 documentos, %3 códigos, %4 codificaciones conservadas</translation>
    </message>
    <message>
        <source>left out: %1 (%2 codings)</source>
        <translation>excluido: %1 (%2 codificaciones)</translation>
    </message>
    <message>
        <source>Projects to merge into TARGET: .marginalia files or REFI-QDA .qdpx.</source>
        <translation>Proyectos que fusionar en TARGET: archivos .marginalia o REFI-QDA .qdpx.</translation>
    </message>
    <message>
        <source>merging %1 projects</source>
        <translation>fusionando %1 proyectos</translation>
    </message>
    <message>
        <source>%1 (nothing was merged)</source>
        <translation>%1 (no se fusionó nada)</translation>
    </message>
    <message>
        <source>merged %1 projects into %2; %3 conflicts reported</source>
        <translation>%1 proyectos fusionados en %2; %3 conflictos notificados</translation>
    </message>
    <message>
        <source>The coder whose codings are the key.</source>
        <translation>El codificador cuyas codificaciones son la clave de respuestas.</translation>
    </message>
    <message>
        <source>The coders to score, comma-separated (default: everyone but the key who coded).</source>
        <translation>Los codificadores que evaluar, separados por comas (predeterminado: todos los que han codificado, salvo la clave de respuestas).</translation>
    </message>
    <message>
        <source>Also write the class report: a printable HTML page with the table and a chart.</source>
        <translation>Escribir también el informe de la clase: una página HTML imprimible con la tabla y un gráfico.</translation>
    </message>
    <message>
        <source>score needs --key NAME: the coder whose codings are the key.</source>
        <translation>score requiere --key NAME: el codificador cuyas codificaciones son la clave de respuestas.</translation>
    </message>
    <message>
        <source>(all codes)</source>
        <translation>(todos los códigos)</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>clave de respuestas: %1</translation>
    </message>
    <message>
        <source>The two coders to compare: A,B.</source>
        <translation>Los dos codificadores que comparar: A,B.</translation>
    </message>
    <message>
        <source>disagreements needs --coders A,B: the two coders to compare.</source>
        <translation>disagreements requiere --coders A,B: los dos codificadores que comparar.</translation>
    </message>
    <message>
        <source>--coders takes exactly two names for disagreements, e.g. --coders alice,bob.</source>
        <translation>--coders admite exactamente dos nombres para disagreements, p. ej., --coders alice,bob.</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>disagreements: %1</source>
        <translation>desacuerdos: %1</translation>
    </message>
    <message>
        <source>Group by code (default), document or coder.</source>
        <translation>Agrupar por código (predeterminado), documento o codificador.</translation>
    </message>
    <message>
        <source>Count only this coder&apos;s codings.</source>
        <translation>Contar solo las codificaciones de este codificador.</translation>
    </message>
    <message>
        <source>unknown grouping &quot;%1&quot;; use --by code, document or coder.</source>
        <translation>agrupación desconocida «%1»; utilice --by code, document o coder.</translation>
    </message>
    <message>
        <source>What the rows are: codes (the default and, for now, the only choice).</source>
        <translation>Qué son las filas: códigos (el valor predeterminado y, por ahora, la única opción).</translation>
    </message>
    <message>
        <source>What the columns are: documents (default), attribute:NAME (one per value of the documents&apos; attribute NAME), cases, case-attribute:NAME (one per value of the cases&apos; attribute NAME), or codes for co-occurrence.</source>
        <translation>Qué son las columnas: documents (predeterminado), attribute:NAME (una por cada valor del atributo NAME de los documentos), cases, case-attribute:NAME (una por cada valor del atributo NAME de los casos) o codes para la coocurrencia.</translation>
    </message>
    <message>
        <source>What a cell counts: codings (default), documents, characters or presence (0/1).</source>
        <translation>Qué cuenta una celda: codings (predeterminado), documents, characters o presence (0/1).</translation>
    </message>
    <message>
        <source>With --columns codes: when two codings co-occur: overlap (default), within:N (at most N characters apart) or paragraph (in a common paragraph).</source>
        <translation>Con --columns codes: cuándo coinciden dos codificaciones: overlap (solapamiento, predeterminado), within:N (a N caracteres como máximo) o paragraph (en un mismo párrafo).</translation>
    </message>
    <message>
        <source>A code&apos;s row (and column) counts the codings of its subcodes too.</source>
        <translation>La fila (y la columna) de un código cuenta también las codificaciones de sus subcódigos.</translation>
    </message>
    <message>
        <source>Only the codes of this code set as rows (and, with --columns codes, as columns).</source>
        <translation>Solo los códigos de este conjunto de códigos como filas (y, con --columns codes, como columnas).</translation>
    </message>
    <message>
        <source>unknown row kind &quot;%1&quot;; use --rows codes.</source>
        <translation>tipo de fila desconocido «%1»; utilice --rows codes.</translation>
    </message>
    <message>
        <source>unknown column kind &quot;%1&quot;; use --columns documents, attribute:NAME, cases, case-attribute:NAME or codes.</source>
        <translation>tipo de columna desconocido «%1»; utilice --columns documents, attribute:NAME, cases, case-attribute:NAME o codes.</translation>
    </message>
    <message>
        <source>unknown cell measure &quot;%1&quot;; use codings, documents, characters or presence.</source>
        <translation>medida de celda desconocida «%1»; utilice codings, documents, characters o presence.</translation>
    </message>
    <message>
        <source>--cooccurrence needs --columns codes.</source>
        <translation>--cooccurrence requiere --columns codes.</translation>
    </message>
    <message>
        <source>unknown co-occurrence &quot;%1&quot;; use overlap, within:N (N characters, 0 or more) or paragraph.</source>
        <translation>coocurrencia desconocida «%1»; utilice overlap, within:N (N caracteres, 0 o más) o paragraph.</translation>
    </message>
    <message>
        <source>--format xlsx writes a workbook: give the file with --output.</source>
        <translation>--format xlsx escribe un libro de Excel: indique el archivo con --output.</translation>
    </message>
    <message>
        <source>There is no code set &quot;%1&quot;; &quot;marginalia-cli sets --codes&quot; lists them.</source>
        <translation>No existe el conjunto de códigos «%1»; &quot;marginalia-cli sets --codes&quot; los enumera.</translation>
    </message>
    <message>
        <source>%1 has no cases yet: add them with &quot;marginalia-cli cases&quot;, or use --columns attribute:NAME to group documents by an attribute.</source>
        <translation>%1 todavía no tiene casos: añádalos con &quot;marginalia-cli cases&quot; o utilice --columns attribute:NAME para agrupar los documentos por un atributo.</translation>
    </message>
    <message>
        <source>Only codings of this code.</source>
        <translation>Solo las codificaciones de este código.</translation>
    </message>
    <message>
        <source>With --code: also the codings of its subcodes.</source>
        <translation>Con --code: también las codificaciones de sus subcódigos.</translation>
    </message>
    <message>
        <source>Only this coder&apos;s codings.</source>
        <translation>Solo las codificaciones de este codificador.</translation>
    </message>
    <message>
        <source>Only codings in this document.</source>
        <translation>Solo las codificaciones de este documento.</translation>
    </message>
    <message>
        <source>--include-subcodes goes with --code PATH.</source>
        <translation>--include-subcodes va con --code PATH.</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>págs. %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message>
        <source>memo: %1</source>
        <translation>memo: %1</translation>
    </message>
    <message>
        <source>excerpts: %1</source>
        <translation>extractos: %1</translation>
    </message>
    <message>
        <source>The cases&apos; attributes instead of the documents&apos;: a first column &quot;case&quot;; --import adds the cases it names that the project does not have.</source>
        <translation>Los atributos de los casos en lugar de los de los documentos: una primera columna &quot;case&quot;; --import añade los casos que nombra y que el proyecto no tiene.</translation>
    </message>
    <message>
        <source>Set the documents&apos; attributes from a CSV: a column &quot;document&quot;, then one per attribute (NAME or NAME:TYPE, TYPE text, number, date, yes/no or list). All or nothing.</source>
        <translation>Establecer los atributos de los documentos a partir de un CSV: una columna &quot;document&quot; y luego una por atributo (NAME o NAME:TYPE; TYPE es text, number, date, yes/no o list). Todo o nada.</translation>
    </message>
    <message>
        <source>Write the documents&apos; attributes to a CSV, in the form --import reads (- for standard output).</source>
        <translation>Escribir los atributos de los documentos en un CSV, con la forma que lee --import (- para la salida estándar).</translation>
    </message>
    <message>
        <source>give --import or --export, not both.</source>
        <translation>indique --import o --export, no ambos.</translation>
    </message>
    <message>
        <source>%1 cases read; %2 values set, %3 removed</source>
        <translation>%1 casos leídos; %2 valores establecidos, %3 eliminados</translation>
    </message>
    <message>
        <source>%1 documents read; %2 values set, %3 removed</source>
        <translation>%1 documentos leídos; %2 valores establecidos, %3 eliminados</translation>
    </message>
    <message>
        <source>cases added: %1</source>
        <translation>casos añadidos: %1</translation>
    </message>
    <message>
        <source>attributes added: %1</source>
        <translation>atributos añadidos: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>atributos: %1</translation>
    </message>
    <message>
        <source>Add a case of this name.</source>
        <translation>Añadir un caso con este nombre.</translation>
    </message>
    <message>
        <source>Remove the case of this name (not its documents).</source>
        <translation>Eliminar el caso con este nombre (no sus documentos).</translation>
    </message>
    <message>
        <source>Assign --document NAME (or a --range of it) to this case.</source>
        <translation>Asignar --document NAME (o un --range de este) a este caso.</translation>
    </message>
    <message>
        <source>With --assign: the document.</source>
        <translation>Con --assign: el documento.</translation>
    </message>
    <message>
        <source>With --assign: only the passage START:END of the document (code points).</source>
        <translation>Con --assign: solo el fragmento START:END del documento (puntos de código).</translation>
    </message>
    <message>
        <source>give one of --add, --remove and --assign.</source>
        <translation>indique una de estas opciones: --add, --remove o --assign.</translation>
    </message>
    <message>
        <source>--assign CASE goes with --document NAME.</source>
        <translation>--assign CASE va con --document NAME.</translation>
    </message>
    <message>
        <source>--range is START:END with START &lt; END, e.g. 120:480.</source>
        <translation>--range es START:END con START &lt; END, p. ej., 120:480.</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot;.</source>
        <translation>No existe el caso «%1».</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>documents and passages</source>
        <translation>documentos y fragmentos</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>atributos</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>casos: %1</translation>
    </message>
    <message>
        <source>Add a set of this name.</source>
        <translation>Añadir un conjunto con este nombre.</translation>
    </message>
    <message>
        <source>With --add: the set is the documents meeting CONDITION, whenever it is used.</source>
        <translation>Con --add: el conjunto lo forman los documentos que cumplen CONDITION, cada vez que se utiliza.</translation>
    </message>
    <message>
        <source>With --add: a document of the set (repeat for more).</source>
        <translation>Con --add: un documento del conjunto (repetir para añadir más).</translation>
    </message>
    <message>
        <source>With --add: a code of a code set (repeat for more); the set is then one of codes.</source>
        <translation>Con --add: un código de un conjunto de códigos (repetir para añadir más); el conjunto es entonces de códigos.</translation>
    </message>
    <message>
        <source>Remove the set of this name.</source>
        <translation>Eliminar el conjunto con este nombre.</translation>
    </message>
    <message>
        <source>The sets of codes: list them, or with --remove remove one of them.</source>
        <translation>Los conjuntos de códigos: enumerarlos o, con --remove, eliminar uno de ellos.</translation>
    </message>
    <message>
        <source>give --add or --remove, not both.</source>
        <translation>indique --add o --remove, no ambos.</translation>
    </message>
    <message>
        <source>a set holds documents (--where, --document) or codes (--code), not both.</source>
        <translation>un conjunto contiene documentos (--where, --document) o códigos (--code), no ambos.</translation>
    </message>
    <message>
        <source>--add NAME needs --where CONDITION or its documents (--document NAME, repeated), or its codes (--code PATH, repeated).</source>
        <translation>--add NAME requiere --where CONDITION o sus documentos (--document NAME, repetido) o sus códigos (--code PATH, repetido).</translation>
    </message>
    <message>
        <source>code set &quot;%1&quot; added: %2 codes</source>
        <translation>conjunto de códigos «%1» añadido: %2 códigos</translation>
    </message>
    <message>
        <source>There is no code set &quot;%1&quot;.</source>
        <translation>No existe el conjunto de códigos «%1».</translation>
    </message>
    <message>
        <source>code set</source>
        <translation>conjunto de códigos</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
    <message>
        <source>code paths</source>
        <translation>rutas de código</translation>
    </message>
    <message>
        <source>code sets: %1</source>
        <translation>conjuntos de códigos: %1</translation>
    </message>
    <message>
        <source>set &quot;%1&quot; added: %2 documents now</source>
        <translation>conjunto «%1» añadido: ahora tiene %2 documentos</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot;.</source>
        <translation>No existe el conjunto «%1».</translation>
    </message>
    <message>
        <source>set</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condición</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>sets: %1</source>
        <translation>conjuntos: %1</translation>
    </message>
    <message>
        <source>QUERY is a regular expression (PCRE syntax), run over every text.</source>
        <translation>QUERY es una expresión regular (sintaxis PCRE) que se aplica a todos los textos.</translation>
    </message>
    <message>
        <source>QUERY is a run of characters, found inside words too (automatic for Chinese, Japanese, Thai...).</source>
        <translation>QUERY es una secuencia de caracteres, que se busca también dentro de las palabras (automático para chino, japonés, tailandés...).</translation>
    </message>
    <message>
        <source>With --regex or --substring: tell capitals apart.</source>
        <translation>Con --regex o --substring: distinguir mayúsculas de minúsculas.</translation>
    </message>
    <message>
        <source>Characters of context each side of a hit (default 40).</source>
        <translation>Caracteres de contexto a cada lado de un resultado (predeterminado: 40).</translation>
    </message>
    <message>
        <source>Search the memos too (the project&apos;s, documents&apos;, codes&apos; and codings&apos;); their hits come after the text&apos;s, the source column saying whose memo.</source>
        <translation>Buscar también en los memos (del proyecto, de los documentos, de los códigos y de las codificaciones); sus resultados aparecen después de los del texto, y la columna de origen indica a quién pertenece el memo.</translation>
    </message>
    <message>
        <source>Code every hit with this code (auto-coding) instead of listing them.</source>
        <translation>Codificar cada resultado con este código (codificación automática) en lugar de enumerarlos.</translation>
    </message>
    <message>
        <source>With --code: who codes (default: $MARGINALIA_CODER or the login name).</source>
        <translation>Con --code: quién codifica (predeterminado: $MARGINALIA_CODER o el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>With --code: code the hit, its sentence or its paragraph (default hit).</source>
        <translation>Con --code: codificar el resultado, su oración o su párrafo (predeterminado: hit).</translation>
    </message>
    <message>
        <source>--regex and --substring are two ways to read QUERY; give one.</source>
        <translation>--regex y --substring son dos formas de interpretar QUERY; indique una.</translation>
    </message>
    <message>
        <source>--context needs a number of characters from 0 to 10000.</source>
        <translation>--context requiere un número de caracteres de 0 a 10000.</translation>
    </message>
    <message>
        <source>--extend is hit, sentence or paragraph, not &quot;%1&quot;.</source>
        <translation>--extend es hit, sentence o paragraph, no «%1».</translation>
    </message>
    <message>
        <source>--coder and --extend go with --code PATH.</source>
        <translation>--coder y --extend van con --code PATH.</translation>
    </message>
    <message>
        <source>--memos lists hits in memos; they cannot be coded (leave out --code or --memos).</source>
        <translation>--memos enumera resultados en los memos; estos no se pueden codificar (omita --code o --memos).</translation>
    </message>
    <message>
        <source>QUERY is empty: give a word, a &quot;phrase&quot;, a prefix* or a pattern.</source>
        <translation>QUERY está vacía: indique una palabra, una &quot;frase&quot;, un prefijo* o un patrón.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) made: &quot;%1&quot; by %2</source>
        <translation>
            <numerusform>%n codificación realizada: «%1» por %2</numerusform>
            <numerusform>%n codificaciones realizadas: «%1» por %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 hits; %2 already coded)</source>
        <translation>(%1 resultados; %2 ya codificados)</translation>
    </message>
    <message>
        <source>hits: %1 in %2 documents</source>
        <translation>resultados: %1 en %2 documentos</translation>
    </message>
    <message>
        <source>; %1 in memos</source>
        <translation>; %1 en memos</translation>
    </message>
    <message>
        <source>%1: OK (%2 documents, %3 codes, %4 codings; no problems found)</source>
        <translation>%1: correcto (%2 documentos, %3 códigos, %4 codificaciones; no se encontraron problemas)</translation>
    </message>
    <message>
        <source>%1: problems found: %2</source>
        <translation>%1: se encontraron problemas: %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañado: %1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>%1: a project on a server is backed up by the server (its administrator&apos;s pg_dump), not by marginalia-cli; for a file copy of it, run &quot;marginalia-cli pull %1 FILE&quot;.</source>
        <translation>%1: la copia de seguridad de un proyecto en servidor la realiza el servidor (el pg_dump de su administrador), no marginalia-cli; para obtener una copia en archivo, ejecute &quot;marginalia-cli pull %1 FILE&quot;.</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (%3 bytes, check ok)</source>
        <translation>copia de seguridad de %1 creada en %2 (%3 bytes, comprobación correcta)</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>backups: %1</source>
        <translation>copias de seguridad: %1</translation>
    </message>
    <message>
        <source>The backup to restore (&quot;marginalia-cli backups&quot; lists them).</source>
        <translation>La copia de seguridad que restaurar (&quot;marginalia-cli backups&quot; las enumera).</translation>
    </message>
    <message>
        <source>restored %1 from the backup of %2</source>
        <translation>%1 restaurado a partir de la copia de seguridad del %2</translation>
    </message>
    <message>
        <source>the file it replaced is kept as %1</source>
        <translation>el archivo sustituido se conserva como %1</translation>
    </message>
    <message>
        <source>marginalia-cli %1: warning: no backup was made: %2</source>
        <translation>marginalia-cli %1: advertencia: no se creó ninguna copia de seguridad: %2</translation>
    </message>
    <message>
        <source>The REFI-QDA project file to write (.qdpx).</source>
        <translation>El archivo de proyecto REFI-QDA que escribir (.qdpx).</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%1 exportado a %2</translation>
    </message>
    <message>
        <source>The REFI-QDA project to import (.qdpx, or a folder with an unzipped one).</source>
        <translation>El proyecto REFI-QDA que importar (.qdpx, o una carpeta con uno descomprimido).</translation>
    </message>
    <message>
        <source>The new project file to create (*.marginalia).</source>
        <translation>El nuevo archivo de proyecto que crear (*.marginalia).</translation>
    </message>
    <message>
        <source>How selections&apos; positions count characters: auto (default: code points, unless the text shows UTF-16 units, as NVivo writes them), code-points (REFI-QDA) or utf16.</source>
        <translation>Cómo cuentan los caracteres las posiciones de las selecciones: auto (predeterminado: puntos de código, salvo que el texto indique unidades UTF-16, como las escribe NVivo), code-points (REFI-QDA) o utf16.</translation>
    </message>
    <message>
        <source>unknown --positions &quot;%1&quot;; use auto, code-points or utf16.</source>
        <translation>--positions desconocido «%1»; utilice auto, code-points o utf16.</translation>
    </message>
    <message>
        <source>no temporary folder to import %1 into.</source>
        <translation>no hay ninguna carpeta temporal en la que importar %1.</translation>
    </message>
    <message>
        <source>imported %1 into the new project %2</source>
        <translation>%1 importado en el nuevo proyecto %2</translation>
    </message>
    <message>
        <source>The REFI-QDA codebook file to write (.qdc).</source>
        <translation>El archivo de libro de códigos REFI-QDA que escribir (.qdc).</translation>
    </message>
    <message>
        <source>exported the codebook of %1 to %2: %3 codes</source>
        <translation>libro de códigos de %1 exportado a %2: %3 códigos</translation>
    </message>
    <message>
        <source>not in the codebook file: %1: %2</source>
        <translation>no está en el archivo del libro de códigos: %1: %2</translation>
    </message>
    <message>
        <source>The REFI-QDA codebook to merge (.qdc).</source>
        <translation>El libro de códigos REFI-QDA que fusionar (.qdc).</translation>
    </message>
    <message>
        <source>merged the codebook %1 into %2</source>
        <translation>libro de códigos %1 fusionado en %2</translation>
    </message>
    <message>
        <source>%1 documents, %2 codes, %3 coders, %4 codings</source>
        <translation>%1 documentos, %2 códigos, %3 codificadores, %4 codificaciones</translation>
    </message>
    <message>
        <source>%1 is not a server project: give a URL, postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>%1 no es un proyecto en servidor: indique una URL, postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, o un archivo .marginalia-server.</translation>
    </message>
    <message>
        <source>%1
Nothing was copied, but the new project %2 could not be removed again (%3): remove it with &quot;marginalia-cli server-remove %2&quot;.</source>
        <translation>%1
No se copió nada, pero el nuevo proyecto %2 no se pudo volver a eliminar (%3): elimínelo con &quot;marginalia-cli server-remove %2&quot;.</translation>
    </message>
    <message>
        <source>%1
Nothing was copied; the server is as it was.</source>
        <translation>%1
No se copió nada; el servidor sigue como estaba.</translation>
    </message>
    <message>
        <source>The database: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (a ?project= is allowed and ignored).</source>
        <translation>La base de datos: postgresql://[LOGIN@]HOST[:PORT]/DATABASE (se admite un ?project=, que se ignora).</translation>
    </message>
    <message>
        <source>%1 is not a server URL: give postgresql://[LOGIN@]HOST[:PORT]/DATABASE.</source>
        <translation>%1 no es una URL de servidor: indique postgresql://[LOGIN@]HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>%1: ready for Marginalia projects (the schema &quot;marginalia&quot; holds their catalog; running server-init again changes nothing).</source>
        <translation>%1: listo para proyectos de Marginalia (el esquema &quot;marginalia&quot; contiene su catálogo; volver a ejecutar server-init no cambia nada).</translation>
    </message>
    <message>
        <source>Next: &quot;marginalia-cli init URL?project=NAME&quot; for a new project, or &quot;marginalia-cli push FILE URL?project=NAME&quot; to put a project file on the server.</source>
        <translation>Siguiente paso: &quot;marginalia-cli init URL?project=NAME&quot; para un proyecto nuevo, o &quot;marginalia-cli push FILE URL?project=NAME&quot; para subir un archivo de proyecto al servidor.</translation>
    </message>
    <message>
        <source>The project file to put on the server.</source>
        <translation>El archivo de proyecto que subir al servidor.</translation>
    </message>
    <message>
        <source>The new server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file. It must not exist yet.</source>
        <translation>El nuevo proyecto en servidor: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, o un archivo .marginalia-server. No debe existir todavía.</translation>
    </message>
    <message>
        <source>%1 is a server project; push takes a project file, then the server URL (to copy between servers, pull to a file and push that).</source>
        <translation>%1 es un proyecto en servidor; push recibe un archivo de proyecto y luego la URL del servidor (para copiar entre servidores, descargue con pull a un archivo y suba ese archivo con push).</translation>
    </message>
    <message>
        <source>pushed %1 to %2: %3 in %4 s</source>
        <translation>%1 subido a %2: %3 en %4 s</translation>
    </message>
    <message>
        <source>You are its owner. Give your team access with &quot;marginalia-cli member-add URL LOGIN coder&quot; (or viewer).</source>
        <translation>Usted es su propietario. Dé acceso a su equipo con &quot;marginalia-cli member-add URL LOGIN coder&quot; (o viewer).</translation>
    </message>
    <message>
        <source>The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>El proyecto en servidor: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, o un archivo .marginalia-server.</translation>
    </message>
    <message>
        <source>The new project file to write (*.marginalia).</source>
        <translation>El nuevo archivo de proyecto que escribir (*.marginalia).</translation>
    </message>
    <message>
        <source>%1 is a server project; pull writes a project file (to copy between servers, pull to a file and push that).</source>
        <translation>%1 es un proyecto en servidor; pull escribe un archivo de proyecto (para copiar entre servidores, descargue con pull a un archivo y suba ese archivo con push).</translation>
    </message>
    <message>
        <source>%1: the file exists already; pull writes a new file.</source>
        <translation>%1: el archivo ya existe; pull escribe un archivo nuevo.</translation>
    </message>
    <message>
        <source>pulled %1 into %2: %3 in %4 s</source>
        <translation>%1 descargado en %2: %3 en %4 s</translation>
    </message>
    <message>
        <source>The file is a copy: changes to it stay in it (&quot;marginalia-cli merge URL %1&quot; brings them back).</source>
        <translation>El archivo es una copia: los cambios que se hagan en él se quedan en él (&quot;marginalia-cli merge URL %1&quot; los devuelve al servidor).</translation>
    </message>
    <message>
        <source>The server project to remove: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, or a .marginalia-server file.</source>
        <translation>El proyecto en servidor que eliminar: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME, o un archivo .marginalia-server.</translation>
    </message>
    <message>
        <source>removed %1 from its server, with everything it held and its members&apos; roles on it.</source>
        <translation>%1 eliminado de su servidor, con todo lo que contenía y las funciones de sus miembros en él.</translation>
    </message>
    <message>
        <source>The server project (you must be one of its owners).</source>
        <translation>El proyecto en servidor (debe ser usted uno de sus propietarios).</translation>
    </message>
    <message>
        <source>The member&apos;s login on the server (made by its administrator).</source>
        <translation>El nombre de inicio de sesión del miembro en el servidor (creado por su administrador).</translation>
    </message>
    <message>
        <source>owner (everything, and adds members), coder (codes as themself, adds and edits codes and memos) or viewer (reads).</source>
        <translation>owner (propietario: todo, y añade miembros), coder (codificador: codifica en nombre propio, añade y edita códigos y memos) o viewer (lector: solo lee).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use owner, coder or viewer.</source>
        <translation>«%1» no es una función: utilice owner, coder o viewer.</translation>
    </message>
    <message>
        <source>the login is empty.</source>
        <translation>el nombre de inicio de sesión está vacío.</translation>
    </message>
    <message>
        <source>%1: %2 is now %3 of this project (any other role of theirs on it was taken back).</source>
        <translation>%1: %2 es ahora %3 de este proyecto (se le retiró cualquier otra función que tuviera en él).</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>a coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>The server project: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME.</source>
        <translation>El proyecto en servidor: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME.</translation>
    </message>
    <message>
        <source>The connection file to write; &quot;.marginalia-server&quot; is added when missing.</source>
        <translation>El archivo de conexión que escribir; se añade &quot;.marginalia-server&quot; si falta.</translation>
    </message>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>%1: el archivo ya existe; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>wrote %1: it opens %2 on a double click, and marginalia-cli takes it as PROJECT.</source>
        <translation>escrito %1: abre %2 con un doble clic, y marginalia-cli lo acepta como PROJECT.</translation>
    </message>
    <message>
        <source>The URL&apos;s password was left out of the file: each member keeps theirs in ~/.pgpass.</source>
        <translation>La contraseña de la URL se ha omitido en el archivo: cada miembro guarda la suya en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Usage: marginalia-cli COMMAND PROJECT [options]</source>
        <translation>Uso: marginalia-cli COMMAND PROJECT [opciones]</translation>
    </message>
    <message>
        <source>Qualitative coding of text documents, from the command line. Offsets are Unicode code points; CSV is RFC 4180 UTF-8.</source>
        <translation>Codificación cualitativa de documentos de texto desde la línea de comandos. Los desplazamientos son puntos de código Unicode; el CSV es RFC 4180 UTF-8.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>PROJECT is a project file, or a project on a PostgreSQL server: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (?host=/run/postgresql for a socket folder), or a .marginalia-server file. Passwords come from ~/.pgpass, PGPASSFILE or a service file.</source>
        <translation>PROJECT es un archivo de proyecto, o un proyecto en un servidor PostgreSQL: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME (?host=/run/postgresql para una carpeta de sockets), o un archivo .marginalia-server. Las contraseñas se toman de ~/.pgpass, de PGPASSFILE o de un archivo de servicio.</translation>
    </message>
    <message>
        <source>Run &quot;marginalia-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Ejecute &quot;marginalia-cli COMMAND --help&quot; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>marginalia-cli: unknown command &quot;%1&quot;.</source>
        <translation>marginalia-cli: comando desconocido «%1».</translation>
    </message>
    <message>
        <source>The project file (*.marginalia), or a project on a server: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME or a .marginalia-server file.</source>
        <translation>El archivo de proyecto (*.marginalia), o un proyecto en un servidor: postgresql://[LOGIN@]HOST[:PORT]/DATABASE?project=NAME o un archivo .marginalia-server.</translation>
    </message>
    <message>
        <source>Write the project report: a printable HTML page with the codebook, frequencies, excerpts, memos and agreement.</source>
        <translation>Escribir el informe del proyecto: una página HTML imprimible con el libro de códigos, las frecuencias, los extractos, los memos y el acuerdo entre codificadores.</translation>
    </message>
    <message>
        <source>The report to write (an HTML page; an existing file is replaced).</source>
        <translation>El informe que se escribirá (una página HTML; un archivo existente se sustituye).</translation>
    </message>
    <message>
        <source>List this code&apos;s excerpts (repeat for several; without it, no excerpts).</source>
        <translation>Enumerar los extractos de este código (repetir para varios; sin esta opción, no hay extractos).</translation>
    </message>
    <message>
        <source>With --code: also the excerpts of its subcodes.</source>
        <translation>Con --code: incluir también los extractos de sus subcódigos.</translation>
    </message>
    <message>
        <source>At most N excerpts per code (default 0: all of them).</source>
        <translation>Como máximo N extractos por código (predeterminado 0: todos).</translation>
    </message>
    <message>
        <source>The coders whose agreement is reported, comma-separated (default: everyone who coded, when that is two or more).</source>
        <translation>Los codificadores cuyo acuerdo se informa, separados por comas (predeterminado: todos los que han codificado, si son dos o más).</translation>
    </message>
    <message>
        <source>Leave the agreement between coders out.</source>
        <translation>Omitir el acuerdo entre codificadores.</translation>
    </message>
    <message>
        <source>--max-excerpts needs a number, 0 or more; got &quot;%1&quot;.</source>
        <translation>--max-excerpts requiere un número, 0 o mayor; se recibió «%1».</translation>
    </message>
    <message>
        <source>%1: the report is written to a file; give a file name such as report.html.</source>
        <translation>%1: el informe se escribe en un archivo; indique un nombre de archivo como report.html.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the report&apos;s file name, such as report.html.</source>
        <translation>%1 es una carpeta; indique el nombre de archivo del informe, como report.html.</translation>
    </message>
    <message>
        <source>Choose codes with --code PATH (marginalia-cli report --help).</source>
        <translation>Elija códigos con --code PATH (marginalia-cli report --help).</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n code(s), </source>
        <translation>
            <numerusform>escrito %1: %n código, </numerusform>
            <numerusform>escrito %1: %n códigos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n extracto</numerusform>
            <numerusform>%n extractos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, agreement of %n coder(s)</source>
        <translation>
            <numerusform>, acuerdo de %n codificador</numerusform>
            <numerusform>, acuerdo de %n codificadores</numerusform>
        </translation>
    </message>
    <message>
        <source>List a server project&apos;s members, each login with its role (any member may).</source>
        <translation>Listar los miembros de un proyecto en servidor, cada usuario con su función (cualquier miembro puede hacerlo).</translation>
    </message>
    <message>
        <source>Write CSV (the same as --format csv).</source>
        <translation>Escribir CSV (lo mismo que --format csv).</translation>
    </message>
    <message>
        <source>The server project (any of its members may list them).</source>
        <translation>El proyecto en servidor (cualquiera de sus miembros puede listarlos).</translation>
    </message>
    <message>
        <source>%1 is not a server project: members lists the members of a project on a server (a project file has none; &quot;marginalia-cli push FILE URL&quot; puts it on one).</source>
        <translation>%1 no es un proyecto en servidor: members lista los miembros de un proyecto en un servidor (un archivo de proyecto no tiene ninguno; «marginalia-cli push FILE URL» lo coloca en uno).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Take a login&apos;s role on a server project back (owners only; never the last owner).</source>
        <translation>Retirar a un usuario su función en un proyecto en servidor (solo propietarios; nunca al último propietario).</translation>
    </message>
    <message>
        <source>The member whose role to take back.</source>
        <translation>El miembro cuya función se retira.</translation>
    </message>
    <message>
        <source>%1: %2 has no role on this project any more; the codings made under their coders stay.</source>
        <translation>%1: %2 ya no tiene ninguna función en este proyecto; las codificaciones hechas con sus codificadores se conservan.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::Agreement</name>
    <message>
        <source>there is no text to compare</source>
        <translation>no hay texto que comparar</translation>
    </message>
    <message>
        <source>there are no units to compare</source>
        <translation>no hay unidades que comparar</translation>
    </message>
    <message>
        <source>no coder coded anything</source>
        <translation>ningún codificador codificó nada</translation>
    </message>
    <message>
        <source>every coder coded everything</source>
        <translation>todos los codificadores codificaron todo</translation>
    </message>
    <message>
        <source>needs at least two coders</source>
        <translation>requiere al menos dos codificadores</translation>
    </message>
    <message>
        <source>needs exactly two coders</source>
        <translation>requiere exactamente dos codificadores</translation>
    </message>
    <message>
        <source>the counts are inconsistent</source>
        <translation>los recuentos son incoherentes</translation>
    </message>
    <message>
        <source>no unit has values from two coders</source>
        <translation>ninguna unidad tiene valores de dos codificadores</translation>
    </message>
    <message>
        <source>every value is the same</source>
        <translation>todos los valores son iguales</translation>
    </message>
    <message>
        <source>the ratio metric needs values of zero or more</source>
        <translation>la métrica de razón requiere valores iguales o mayores que cero</translation>
    </message>
    <message>
        <source>the table is not square</source>
        <translation>la tabla no es cuadrada</translation>
    </message>
    <message>
        <source>every unit needs the same number of ratings</source>
        <translation>cada unidad requiere el mismo número de valoraciones</translation>
    </message>
    <message>
        <source>every rating is in the same category</source>
        <translation>todas las valoraciones están en la misma categoría</translation>
    </message>
    <message>
        <source>Unitizing alpha: %1 coders&apos; segments given for %2 coders</source>
        <translation>Alfa de unitización: se dieron segmentos de %1 codificadores para %2 codificadores</translation>
    </message>
    <message>
        <source>Unitizing alpha: a continuum has a negative length</source>
        <translation>Alfa de unitización: un continuo tiene una longitud negativa</translation>
    </message>
    <message>
        <source>Unitizing alpha: coder %1&apos;s segments are not sorted, overlap, are empty or lie outside the continuum</source>
        <translation>Alfa de unitización: los segmentos del codificador %1 no están ordenados, se solapan, están vacíos o quedan fuera del continuo</translation>
    </message>
    <message>
        <source>Unitizing alpha: %1 coders&apos; continua added to %2 coders&apos;</source>
        <translation>Alfa de unitización: continuos de %1 codificadores añadidos a los de %2 codificadores</translation>
    </message>
    <message>
        <source>Unitizing alpha: the lengths of uncoded continua must be sorted and not negative</source>
        <translation>Alfa de unitización: las longitudes de los continuos no codificados deben estar ordenadas y no ser negativas</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AtomicFile</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AttributeCsv</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB, too large for a table of attributes.</source>
        <translation>%1: ocupa %2 MB, demasiado para una tabla de atributos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is empty; the first row names the columns: %2, then one per attribute.</source>
        <translation>%1: está vacío; la primera fila nombra las columnas: %2 y luego una por atributo.</translation>
    </message>
    <message>
        <source>%1: the first column must be &quot;case&quot; (the cases&apos; names), not &quot;%2&quot;.</source>
        <translation>%1: la primera columna debe ser &quot;case&quot; (los nombres de los casos), no «%2».</translation>
    </message>
    <message>
        <source>%1: the first column must be &quot;document&quot; (the documents&apos; names), not &quot;%2&quot;.</source>
        <translation>%1: la primera columna debe ser &quot;document&quot; (los nombres de los documentos), no «%2».</translation>
    </message>
    <message>
        <source>%1: column %2 has no name.</source>
        <translation>%1: la columna %2 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is there twice.</source>
        <translation>%1: la columna «%2» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; says %3, but the project&apos;s attribute %2 is %4.</source>
        <translation>%1: la columna «%2» indica %3, pero el atributo %2 del proyecto es %4.</translation>
    </message>
    <message>
        <source>row %1: the %2 has no name</source>
        <translation>fila %1: el %2 no tiene nombre</translation>
    </message>
    <message>
        <source>row %1: there is no document named &quot;%2&quot;</source>
        <translation>fila %1: no hay ningún documento llamado «%2»</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has a row already</source>
        <translation>fila %1: «%2» ya tiene una fila</translation>
    </message>
    <message>
        <source>row %1: has %2 fields, the header %3</source>
        <translation>fila %1: tiene %2 campos y el encabezado, %3</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1: nothing was imported; fix these and import again:</source>
        <translation>%1: no se importó nada; corrija lo siguiente e importe de nuevo:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>importing attributes from %1</source>
        <translation>importando atributos desde %1</translation>
    </message>
    <message>
        <source>Writing the attributes failed: %1</source>
        <translation>Error al escribir los atributos: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::AttributeTypes</name>
    <message>
        <source>There is no attribute &quot;%1&quot;: the project has no attributes yet.</source>
        <translation>No existe el atributo «%1»: el proyecto todavía no tiene atributos.</translation>
    </message>
    <message>
        <source>There is no attribute &quot;%1&quot; (there are: %2).</source>
        <translation>No existe el atributo «%1» (existen: %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2 is a number).</source>
        <translation>«%1» no es un número (%2 es un número).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2017-05-04 (%2 is a date).</source>
        <translation>«%1» no es una fecha como 2017-05-04 (%2 es una fecha).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (%2 is yes/no).</source>
        <translation>«%1» no es sí ni no (%2 es de tipo sí/no).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values of %2 (%3).</source>
        <translation>«%1» no es uno de los valores de %2 (%3).</translation>
    </message>
    <message>
        <source>Unknown attribute type.</source>
        <translation>Tipo de atributo desconocido.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::BatchImporter</name>
    <message>
        <source>%1: the project already has this file, as the document &quot;%2&quot;.</source>
        <translation>%1: el proyecto ya contiene este archivo, como el documento «%2».</translation>
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
        <translation>Informe de la clase: %1</translation>
    </message>
    <message>
        <source>Each student&apos;s coding compared with the key (%1), character by character: Cohen&apos;s kappa per code, and over all codes either coded. Made %2 by Marginalia.</source>
        <translation>La codificación de cada estudiante comparada con la clave de respuestas (%1), carácter a carácter: kappa de Cohen por código y para el conjunto de los códigos codificados por alguno de los dos. Generado %2 por Marginalia.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa with the key</source>
        <translation>Kappa de Cohen respecto a la clave de respuestas</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Over all codes</source>
        <translation>Para todos los códigos</translation>
    </message>
    <message>
        <source>Kappa, precision and recall of each student over all codes</source>
        <translation>Kappa, precisión y exhaustividad de cada estudiante para todos los códigos</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <source>Writing the class report failed: %1</source>
        <translation>Error al escribir el informe de la clase: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CodeMatrix</name>
    <message>
        <source>The group &quot;%1&quot; has a region that ends before it starts (%2 to %3).</source>
        <translation>El grupo «%1» tiene una región que termina antes de empezar (de %2 a %3).</translation>
    </message>
    <message>
        <source>The distance between codings cannot be negative (%1).</source>
        <translation>La distancia entre codificaciones no puede ser negativa (%1).</translation>
    </message>
    <message>
        <source>Characters are counted only for codings that overlap: count codings, documents or presence for codings near each other or in the same paragraph.</source>
        <translation>Los caracteres solo se cuentan para codificaciones que se solapan: cuente codificaciones, documentos o presencia para codificaciones cercanas entre sí o en el mismo párrafo.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CoderAgreement</name>
    <message>
        <source>%1: agreement needs two or more coders who coded, and there %2.</source>
        <translation>%1: el acuerdo requiere dos o más codificadores que hayan codificado, y %2.</translation>
    </message>
    <message>
        <source>are none</source>
        <translation>no hay ninguno</translation>
    </message>
    <message>
        <source>is only %1</source>
        <translation>solo hay %1</translation>
    </message>
    <message>
        <source>%1: agreement compares at most 64 coders at a time.</source>
        <translation>%1: el acuerdo compara como máximo 64 codificadores a la vez.</translation>
    </message>
    <message>
        <source>%1: one of the coders to compare is not in the project.</source>
        <translation>%1: uno de los codificadores que comparar no está en el proyecto.</translation>
    </message>
    <message>
        <source>%1: there is no code with id %2.</source>
        <translation>%1: no existe ningún código con el id %2.</translation>
    </message>
    <message>
        <source>%1: too many coders to compare.</source>
        <translation>%1: demasiados codificadores que comparar.</translation>
    </message>
    <message>
        <source>%1: disagreements are between two different coders.</source>
        <translation>%1: los desacuerdos se dan entre dos codificadores distintos.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CsvExport</name>
    <message>
        <source>Writing the CSV failed: %1</source>
        <translation>Error al escribir el CSV: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::CsvReader</name>
    <message>
        <source>Could not start reading CSV.</source>
        <translation>No se pudo empezar a leer el CSV.</translation>
    </message>
    <message>
        <source>The CSV cannot be read after row %1: %2 (a quote that is not closed, or a quote inside an unquoted field).</source>
        <translation>El CSV no se puede leer a partir de la fila %1: %2 (unas comillas sin cerrar, o unas comillas dentro de un campo sin comillas).</translation>
    </message>
    <message>
        <source>Row %1 of the CSV is not UTF-8 text: save it as &quot;CSV UTF-8&quot;.</source>
        <translation>La fila %1 del CSV no es texto UTF-8: guárdelo como &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocumentCondition</name>
    <message>
        <source>The quote at character %1 is not closed.</source>
        <translation>Las comillas abiertas en el carácter %1 no están cerradas.</translation>
    </message>
    <message>
        <source>&quot;!&quot; at character %1 needs &quot;=&quot; after it.</source>
        <translation>«!» en el carácter %1 debe ir seguido de «=».</translation>
    </message>
    <message>
        <source>&quot;and&quot;, &quot;or&quot; or the end</source>
        <translation>«and», «or» o el final</translation>
    </message>
    <message>
        <source>The condition ends where %1 should follow.</source>
        <translation>La condición termina donde debería seguir %1.</translation>
    </message>
    <message>
        <source>Expected %1 at character %2, not &quot;%3&quot;.</source>
        <translation>Se esperaba %1 en el carácter %2, no «%3».</translation>
    </message>
    <message>
        <source>A value with spaces goes in quotes.</source>
        <translation>Un valor con espacios va entre comillas.</translation>
    </message>
    <message>
        <source>&quot;)&quot;</source>
        <translation>&quot;)&quot;</translation>
    </message>
    <message>
        <source>an attribute&apos;s name</source>
        <translation>el nombre de un atributo</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;= or contains after &quot;%1&quot;</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;= o contains después de «%1»</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows the value &quot;%2&quot;: a value with spaces goes in quotes, as in %3 = &quot;%2 %1&quot;.</source>
        <translation>«%1» sigue al valor «%2»: un valor con espacios va entre comillas, como en %3 = &quot;%2 %1&quot;.</translation>
    </message>
    <message>
        <source>The condition is empty: give one such as year &gt;= 2017 and type = resolution.</source>
        <translation>La condición está vacía: indique una como year &gt;= 2017 and type = resolution.</translation>
    </message>
    <message>
        <source>In the condition &quot;%1&quot;: %2</source>
        <translation>En la condición «%1»: %2</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot;: the project has no sets yet.</source>
        <translation>No existe el conjunto «%1»: el proyecto todavía no tiene conjuntos.</translation>
    </message>
    <message>
        <source>There is no set &quot;%1&quot; (there are: %2).</source>
        <translation>No existe el conjunto «%1» (existen: %2).</translation>
    </message>
    <message>
        <source>The set &quot;%1&quot;: %2</source>
        <translation>El conjunto «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocumentReader</name>
    <message>
        <source>a legacy Microsoft Office document</source>
        <translation>un documento antiguo de Microsoft Office</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un documento RTF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>un archivo comprimido gzip</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>an SQLite database (a project is opened, not imported)</source>
        <translation>una base de datos SQLite (un proyecto se abre, no se importa)</translation>
    </message>
    <message>
        <source>%1: this is %2, which Marginalia cannot import; it imports PDF, Word (.docx), OpenDocument (.odt), HTML, plain text and Markdown.</source>
        <translation>%1: esto es %2, que Marginalia no puede importar; importa PDF, Word (.docx), OpenDocument (.odt), HTML, texto sin formato y Markdown.</translation>
    </message>
    <message>
        <source>%1: this is a REFI-QDA codebook, not a document: import its codes with &quot;Import REFI-QDA Codebook&quot; (marginalia-cli import-qdc).</source>
        <translation>%1: esto es un libro de códigos REFI-QDA, no un documento: importe sus códigos con «Importar libro de códigos REFI-QDA» (marginalia-cli import-qdc).</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file.</source>
        <translation>%1: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB, larger than the import limit of %3 MB.</source>
        <translation>%1: el archivo ocupa %2 MB, más que el límite de importación de %3 MB.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than the import limit.</source>
        <translation>%1: el archivo supera el límite de importación.</translation>
    </message>
    <message>
        <source>%1: the file has no text.</source>
        <translation>%1: el archivo no contiene texto.</translation>
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
        <translation>%1: el archivo tiene nombre de PDF pero no lo es (no empieza por &quot;%PDF-&quot;).</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet</source>
        <translation>una hoja de cálculo OpenDocument</translation>
    </message>
    <message>
        <source>an OpenDocument presentation</source>
        <translation>una presentación OpenDocument</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>un libro electrónico EPUB</translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a text document</source>
        <translation>un archivo OpenDocument que no es un documento de texto</translation>
    </message>
    <message>
        <source>a REFI-QDA project (import it as a project: &quot;Import REFI-QDA Project&quot;, marginalia-cli import-qdpx)</source>
        <translation>un proyecto REFI-QDA (impórtelo como proyecto: «Importar proyecto REFI-QDA», marginalia-cli import-qdpx)</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un libro de Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>una presentación de PowerPoint</translation>
    </message>
    <message>
        <source>a ZIP archive that is neither a Word nor an OpenDocument text</source>
        <translation>un archivo ZIP que no es ni un texto de Word ni de OpenDocument</translation>
    </message>
    <message>
        <source>%1: the file is named as a Word or OpenDocument file but is not one (it is not a ZIP container).</source>
        <translation>%1: el archivo tiene nombre de archivo de Word u OpenDocument, pero no lo es (no es un contenedor ZIP).</translation>
    </message>
    <message>
        <source>%1: this is %2, which Marginalia cannot import; it imports Word (.docx) and OpenDocument (.odt) documents, PDF, HTML, plain text and Markdown.</source>
        <translation>%1: esto es %2, que Marginalia no puede importar; importa documentos de Word (.docx) y OpenDocument (.odt), PDF, HTML, texto sin formato y Markdown.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::DocxReader</name>
    <message>
        <source>%1: the Word document has no part &quot;%2&quot;.</source>
        <translation>%1: el documento de Word no tiene la parte «%2».</translation>
    </message>
    <message>
        <source>%1: the Word document has no body (%2 has no w:body element).</source>
        <translation>%1: el documento de Word no tiene cuerpo (%2 no tiene ningún elemento w:body).</translation>
    </message>
    <message>
        <source>%1: the Word document has no text.</source>
        <translation>%1: el documento de Word no contiene texto.</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not a Word document.</source>
        <translation>%1: este archivo ZIP no es un documento de Word.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::HtmlReader</name>
    <message>
        <source>%1: the page says its encoding is %2, but its bytes are UTF-8; it was read as UTF-8.</source>
        <translation>%1: la página declara la codificación %2, pero sus bytes son UTF-8; se ha leído como UTF-8.</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not a web page (it contains NUL bytes).</source>
        <translation>%1: parece un archivo binario, no una página web (contiene bytes NUL).</translation>
    </message>
    <message>
        <source>%1: the page says its encoding is %2, but its bytes are not %2; the encoding was detected instead.</source>
        <translation>%1: la página declara la codificación %2, pero sus bytes no son %2; en su lugar se ha detectado la codificación.</translation>
    </message>
    <message>
        <source>%1: the web page has no visible text.</source>
        <translation>%1: la página web no tiene texto visible.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::OdtReader</name>
    <message>
        <source>%1: the OpenDocument file has no %2.</source>
        <translation>%1: el archivo OpenDocument no tiene %2.</translation>
    </message>
    <message>
        <source>%1: the OpenDocument file is not a text document (%2 has no office:text).</source>
        <translation>%1: el archivo OpenDocument no es un documento de texto (%2 no tiene office:text).</translation>
    </message>
    <message>
        <source>%1: the OpenDocument file has no text.</source>
        <translation>%1: el archivo OpenDocument no contiene texto.</translation>
    </message>
    <message>
        <source>%1: this ZIP archive is not an OpenDocument text.</source>
        <translation>%1: este archivo ZIP no es un texto OpenDocument.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::PdfReader</name>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>%1: the PDF is incomplete (it does not end as every PDF does): it was probably cut off while downloading or copying. Get a complete copy and import that.</source>
        <translation>%1: el PDF está incompleto (no termina como todo PDF): probablemente se cortó durante la descarga o la copia. Obtenga una copia completa e impórtela.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be read (%2).</source>
        <translation>%1: el PDF está dañado y no se puede leer (%2).</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password. Save a copy without the password (in a PDF viewer, or with &quot;qpdf --decrypt --password=PASSWORD in.pdf out.pdf&quot;) and import that.</source>
        <translation>%1: el PDF está protegido con contraseña. Guarde una copia sin contraseña (en un visor de PDF, o con &quot;qpdf --decrypt --password=PASSWORD in.pdf out.pdf&quot;) e impórtela.</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: el PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>%1: page %2 of the PDF is damaged and cannot be read (%3).</source>
        <translation>%1: la página %2 del PDF está dañada y no se puede leer (%3).</translation>
    </message>
    <message>
        <source>%1: the PDF has no text layer: its pages are images, as in a scan. Run OCR on it first (for example with ocrmypdf, or the OCR of your PDF program) and import the result.</source>
        <translation>%1: el PDF no tiene capa de texto: sus páginas son imágenes, como en un escaneo. Aplíquele antes un OCR (por ejemplo, con ocrmypdf o con el OCR de su programa de PDF) e importe el resultado.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) without text (%2): scanned images? They are empty in the document.</source>
        <translation>
            <numerusform>%1: %n página sin texto (%2): ¿imagen escaneada? Queda vacía en el documento.</numerusform>
            <numerusform>%1: %n páginas sin texto (%2): ¿imágenes escaneadas? Quedan vacías en el documento.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the PDF&apos;s text looks garbled (its fonts do not say which characters they draw); check the document, and consider OCR.</source>
        <translation>%1: el texto del PDF parece ilegible (sus fuentes tipográficas no indican qué caracteres dibujan); revise el documento y considere aplicar OCR.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::Project</name>
    <message>
        <source>This SQLite has no full-text search (FTS5); Marginalia needs it.</source>
        <translation>Esta versión de SQLite no tiene búsqueda de texto completo (FTS5), que Marginalia necesita.</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>el servidor notificó un error</translation>
    </message>
    <message>
        <source>%1: this installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s libqt6sql6-psql) is not installed.</source>
        <translation>%1: esta instalación no puede conectarse a servidores PostgreSQL: el controlador PostgreSQL de Qt (QPSQL, libqt6sql6-psql en Debian) no está instalado.</translation>
    </message>
    <message>
        <source>%1: the server wants a password for %2: %3 Put it in ~/.pgpass (or the file PGPASSFILE names, or a service file), or type it when Marginalia asks.</source>
        <translation>%1: el servidor requiere una contraseña para %2: %3 Escríbala en ~/.pgpass (o en el archivo que indique PGPASSFILE, o en un archivo de servicio), o introdúzcala cuando Marginalia la solicite.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>este usuario</translation>
    </message>
    <message>
        <source>%1: could not connect to the server: %2</source>
        <translation>%1: no se pudo conectar con el servidor: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this database holds no Marginalia projects yet. Prepare it once with &quot;marginalia-cli server-init %1&quot; (as a user who may create schemas and roles).</source>
        <translation>%1: esta base de datos todavía no contiene proyectos de Marginalia. Prepárela una vez con &quot;marginalia-cli server-init %1&quot; (como un usuario que pueda crear esquemas y roles).</translation>
    </message>
    <message>
        <source>%1: preparing the database for Marginalia projects</source>
        <translation>%1: preparando la base de datos para proyectos de Marginalia</translation>
    </message>
    <message>
        <source>%1 The user needs the right to create schemas in this database.</source>
        <translation>%1 El usuario necesita permiso para crear esquemas en esta base de datos.</translation>
    </message>
    <message>
        <source>%1: the server has a project named &quot;%2&quot; already; a new project needs a new name.</source>
        <translation>%1: el servidor ya tiene un proyecto llamado «%2»; un proyecto nuevo necesita un nombre nuevo.</translation>
    </message>
    <message>
        <source>%1: creating the project</source>
        <translation>%1: creando el proyecto</translation>
    </message>
    <message>
        <source>%1 Creating a project needs a user who may create roles (CREATEROLE) and schemas in this database.</source>
        <translation>%1 Para crear un proyecto se necesita un usuario que pueda crear roles (CREATEROLE) y esquemas en esta base de datos.</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot;; nothing was removed.</source>
        <translation>%1: el servidor no tiene ningún proyecto llamado «%2»; no se eliminó nada.</translation>
    </message>
    <message>
        <source>%1: removing the project</source>
        <translation>%1: eliminando el proyecto</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot; (it has none yet).</source>
        <translation>%1: el servidor no tiene ningún proyecto llamado «%2» (todavía no tiene ninguno).</translation>
    </message>
    <message>
        <source>%1: the server has no project named &quot;%2&quot;. Its projects: %3.</source>
        <translation>%1: el servidor no tiene ningún proyecto llamado «%2». Sus proyectos: %3.</translation>
    </message>
    <message>
        <source>%1: you (login &quot;%2&quot;) have no role on project &quot;%3&quot;. Ask its owner to add you: marginalia-cli member-add URL %2 coder.</source>
        <translation>%1: usted (usuario «%2») no tiene ninguna función en el proyecto «%3». Pida a su propietario que le añada: marginalia-cli member-add URL %2 coder.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is damaged: its format version is missing.</source>
        <translation>%1: el proyecto «%2» está dañado: falta su versión de formato.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; was saved by a newer version of Marginalia (project format %3; this version reads formats up to %4). Update Marginalia to open it; nothing was changed.</source>
        <translation>%1: el proyecto «%2» se guardó con una versión más reciente de Marginalia (formato de proyecto %3; esta versión lee formatos hasta el %4). Actualice Marginalia para abrirlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is in an older format (%3) that this version cannot upgrade on a server yet.</source>
        <translation>%1: el proyecto «%2» tiene un formato antiguo (%3) que esta versión todavía no puede actualizar en un servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: a member is an owner, a coder or a viewer.</source>
        <translation>«%1» no es una función: un miembro es propietario (owner), codificador (coder) o lector (viewer).</translation>
    </message>
    <message>
        <source>%1: only the project&apos;s owners may add members (your role: %2).</source>
        <translation>%1: solo los propietarios del proyecto pueden añadir miembros (su función: %2).</translation>
    </message>
    <message>
        <source>%1: giving %2 the role %3</source>
        <translation>%1: asignando a %2 la función %3</translation>
    </message>
    <message>
        <source>%1: %2: a code, document or coder it refers to no longer exists (%3). On a project that others change too, someone may have deleted it meanwhile.</source>
        <translation>%1: %2: un código, documento o codificador al que remite ya no existe (%3). En un proyecto que también modifican otras personas, es posible que alguien lo haya eliminado entretanto.</translation>
    </message>
    <message>
        <source>%1: %2: the server refused it (%3). Your role on this project is %4; its owner can give you another.</source>
        <translation>%1: %2: el servidor lo rechazó (%3). Su función en este proyecto es %4; su propietario puede asignarle otra.</translation>
    </message>
    <message>
        <source>%1: %2: the server is read-only at the moment (%3).</source>
        <translation>%1: %2: el servidor es de solo lectura en este momento (%3).</translation>
    </message>
    <message>
        <source>%1: %2: the server&apos;s disk is full; nothing was changed.</source>
        <translation>%1: %2: el disco del servidor está lleno; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: %2: the connection to the server failed (%3). Whether the last change was saved shows when the project is opened again.</source>
        <translation>%1: %2: falló la conexión con el servidor (%3). Al volver a abrir el proyecto se verá si el último cambio se guardó.</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: the project file is read-only.</source>
        <translation>%1: %2: el archivo del proyecto es de solo lectura.</translation>
    </message>
    <message>
        <source>%1: %2: the disk is full; nothing was changed.</source>
        <translation>%1: %2: el disco está lleno; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: %2: the disk reported an error (%3). Check that it is connected and has free space, then try again.</source>
        <translation>%1: %2: el disco notificó un error (%3). Compruebe que está conectado y tiene espacio libre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: the coding is %2&apos;s; on a server, a coder changes only their own codings (your role: coder). Nothing was changed.</source>
        <translation>%1: la codificación es de %2; en un servidor, cada codificador solo modifica sus propias codificaciones (su función: codificador). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: the coding was removed meanwhile, by another program on the project. Nothing was changed.</source>
        <translation>%1: otro programa que trabaja en el proyecto eliminó la codificación entretanto. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is an empty file, not a Marginalia project.</source>
        <translation>%1: es un archivo vacío, no un proyecto de Marginalia.</translation>
    </message>
    <message>
        <source>%1: is not a Marginalia project (it is not an SQLite database).</source>
        <translation>%1: no es un proyecto de Marginalia (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1: is damaged or not a Marginalia project (its header is incomplete).</source>
        <translation>%1: está dañado o no es un proyecto de Marginalia (su encabezado está incompleto).</translation>
    </message>
    <message>
        <source>%1: is an SQLite database, but not a Marginalia project.</source>
        <translation>%1: es una base de datos SQLite, pero no un proyecto de Marginalia.</translation>
    </message>
    <message>
        <source>%1: was saved by a newer version of Marginalia (project format %2; this version reads formats up to %3). Update Marginalia to open it; the file was not changed.</source>
        <translation>%1: se guardó con una versión más reciente de Marginalia (formato de proyecto %2; esta versión lee formatos hasta el %3). Actualice Marginalia para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1: is an incomplete Marginalia project (it was never finished being created); create a new project instead.</source>
        <translation>%1: es un proyecto de Marginalia incompleto (su creación nunca llegó a terminarse); cree un proyecto nuevo en su lugar.</translation>
    </message>
    <message>
        <source>%1: is in an older project format (%2) that must be upgraded, which needs write access.</source>
        <translation>%1: tiene un formato de proyecto antiguo (%2) que debe actualizarse, lo que requiere permiso de escritura.</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already; a new project needs a new file.</source>
        <translation>%1: ya existe un archivo con ese nombre; un proyecto nuevo necesita un archivo nuevo.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only.</source>
        <translation>%1: la carpeta %2 es de solo lectura.</translation>
    </message>
    <message>
        <source>creating the project</source>
        <translation>creando el proyecto</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1: is a folder, not a project file.</source>
        <translation>%1: es una carpeta, no un archivo de proyecto.</translation>
    </message>
    <message>
        <source>%1: the file is read-only, so changes could not be saved. Open it read-only, or copy it to a place where you can write.</source>
        <translation>%1: el archivo es de solo lectura, por lo que no se pudieron guardar los cambios. Ábralo en modo de solo lectura o cópielo en un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only, so changes could not be saved. Copy the project to a folder where you can write.</source>
        <translation>%1: la carpeta %2 es de solo lectura, por lo que no se pudieron guardar los cambios. Copie el proyecto en una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <source>%1: cannot be read here: %2</source>
        <translation>%1: no se puede leer aquí: %2</translation>
    </message>
    <message>
        <source>SQLite could not read it.</source>
        <translation>SQLite no pudo leerlo.</translation>
    </message>
    <message>
        <source>the folder is read-only and the project has unsaved journal files beside it.</source>
        <translation>la carpeta es de solo lectura y el proyecto tiene junto a él archivos de registro (journal) sin guardar.</translation>
    </message>
    <message>
        <source>upgrading the project format</source>
        <translation>actualizando el formato del proyecto</translation>
    </message>
    <message>
        <source>%1: %2 The file was left as it was.</source>
        <translation>%1: %2 El archivo se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>%1: is damaged: its project record is missing.</source>
        <translation>%1: está dañado: falta su registro de proyecto.</translation>
    </message>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>%1: el archivo ya existe; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>%1: could not write a copy of the project: %2</source>
        <translation>%1: no se pudo escribir una copia del proyecto: %2</translation>
    </message>
    <message>
        <source>recording the project&apos;s creation</source>
        <translation>registrando la creación del proyecto</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Un proyecto necesita un nombre.</translation>
    </message>
    <message>
        <source>saving a memo</source>
        <translation>guardando un memo</translation>
    </message>
    <message>
        <source>The project record is missing.</source>
        <translation>Falta el registro del proyecto.</translation>
    </message>
    <message>
        <source>%1: %2 was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>%1: otra persona modificó %2 mientras usted lo editaba. Su cambio no se ha guardado para no sobrescribir el de esa persona: revise su cambio y vuelva a hacer el suyo.</translation>
    </message>
    <message>
        <source>%1: you can view this project but not change it (your role on the server: viewer). Its owner can make you a coder.</source>
        <translation>%1: puede ver este proyecto, pero no modificarlo (su función en el servidor: lector). Su propietario puede hacerle codificador.</translation>
    </message>
    <message>
        <source>%1: the project is open read-only.</source>
        <translation>%1: el proyecto está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>There is no %1 attribute with id %2.</source>
        <translation>No existe ningún atributo de %1 con el id %2.</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No existe ningún %1 con el id %2.</translation>
    </message>
    <message>
        <source>setting attribute values</source>
        <translation>estableciendo valores de atributos</translation>
    </message>
    <message>
        <source>An attribute needs a name.</source>
        <translation>Un atributo necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a case attribute named &quot;%1&quot;.</source>
        <translation>Ya existe un atributo de caso llamado «%1».</translation>
    </message>
    <message>
        <source>There is already an attribute named &quot;%1&quot;.</source>
        <translation>Ya existe un atributo llamado «%1».</translation>
    </message>
    <message>
        <source>The list attribute &quot;%1&quot; needs its values.</source>
        <translation>El atributo de lista «%1» necesita sus valores.</translation>
    </message>
    <message>
        <source>adding attribute &quot;%1&quot;</source>
        <translation>añadiendo el atributo «%1»</translation>
    </message>
    <message>
        <source>removing an attribute</source>
        <translation>eliminando un atributo</translation>
    </message>
    <message>
        <source>There is no attribute with id %1.</source>
        <translation>No existe ningún atributo con el id %1.</translation>
    </message>
    <message>
        <source>A set needs a name.</source>
        <translation>Un conjunto necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a set named &quot;%1&quot;.</source>
        <translation>Ya existe un conjunto llamado «%1».</translation>
    </message>
    <message>
        <source>adding set &quot;%1&quot;</source>
        <translation>añadiendo el conjunto «%1»</translation>
    </message>
    <message>
        <source>removing a set</source>
        <translation>eliminando un conjunto</translation>
    </message>
    <message>
        <source>There is no set with id %1.</source>
        <translation>No existe ningún conjunto con el id %1.</translation>
    </message>
    <message>
        <source>changing a set&apos;s documents</source>
        <translation>modificando los documentos de un conjunto</translation>
    </message>
    <message>
        <source>The set&apos;s documents are those meeting its condition &quot;%1&quot;; it has no list to change.</source>
        <translation>Los documentos del conjunto son los que cumplen su condición «%1»; no tiene ninguna lista que modificar.</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>No existe ningún documento con el id %1.</translation>
    </message>
    <message>
        <source>changing a set&apos;s memo</source>
        <translation>modificando el memo de un conjunto</translation>
    </message>
    <message>
        <source>changing a code set&apos;s memo</source>
        <translation>modificando el memo de un conjunto de códigos</translation>
    </message>
    <message>
        <source>There is no code set with id %1.</source>
        <translation>No existe ningún conjunto de códigos con el id %1.</translation>
    </message>
    <message>
        <source>There is no code with id %1.</source>
        <translation>No existe ningún código con el id %1.</translation>
    </message>
    <message>
        <source>A code set needs a name.</source>
        <translation>Un conjunto de códigos necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a code set named &quot;%1&quot;.</source>
        <translation>Ya existe un conjunto de códigos llamado «%1».</translation>
    </message>
    <message>
        <source>adding code set &quot;%1&quot;</source>
        <translation>añadiendo el conjunto de códigos «%1»</translation>
    </message>
    <message>
        <source>removing a code set</source>
        <translation>eliminando un conjunto de códigos</translation>
    </message>
    <message>
        <source>changing a code set&apos;s codes</source>
        <translation>modificando los códigos de un conjunto de códigos</translation>
    </message>
    <message>
        <source>A case needs a name.</source>
        <translation>Un caso necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a case named &quot;%1&quot;.</source>
        <translation>Ya existe un caso llamado «%1».</translation>
    </message>
    <message>
        <source>adding case &quot;%1&quot;</source>
        <translation>añadiendo el caso «%1»</translation>
    </message>
    <message>
        <source>renaming case &quot;%1&quot;</source>
        <translation>renombrando el caso «%1»</translation>
    </message>
    <message>
        <source>There is no case with id %1.</source>
        <translation>No existe ningún caso con el id %1.</translation>
    </message>
    <message>
        <source>changing a case&apos;s memo</source>
        <translation>modificando el memo de un caso</translation>
    </message>
    <message>
        <source>removing a case</source>
        <translation>eliminando un caso</translation>
    </message>
    <message>
        <source>%1: the passage %2 to %3 is not within its %4 characters.</source>
        <translation>%1: el fragmento de %2 a %3 no está dentro de sus %4 caracteres.</translation>
    </message>
    <message>
        <source>assigning &quot;%1&quot; to a case</source>
        <translation>asignando «%1» a un caso</translation>
    </message>
    <message>
        <source>removing a document from a case</source>
        <translation>quitando un documento de un caso</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: its stored length does not match its text.</source>
        <translation>Documento «%1»: su longitud almacenada no coincide con su texto.</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: its text has changed since import (SHA-256 differs).</source>
        <translation>Documento «%1»: su texto ha cambiado desde la importación (el SHA-256 difiere).</translation>
    </message>
    <message>
        <source>Coding %1 in &quot;%2&quot;: range %3:%4 lies outside the text (%5 characters).</source>
        <translation>Codificación %1 en «%2»: el rango %3:%4 queda fuera del texto (%5 caracteres).</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; is not reachable from the top of the codebook (a cycle?).</source>
        <translation>El código «%1» no es accesible desde la raíz del libro de códigos (¿un ciclo?).</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: &quot;%2&quot; is not a colour.</source>
        <translation>Código «%1»: «%2» no es un color.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a value of &quot;%3&quot;, which is not one of its attributes.</source>
        <translation>%1 «%2» tiene un valor de «%3», que no es uno de sus atributos.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: &quot;%3&quot; is not a value of %4 (%5).</source>
        <translation>%1 «%2»: «%3» no es un valor de %4 (%5).</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: its passage of &quot;%2&quot; ends at %3, past the text (%4 characters).</source>
        <translation>Caso «%1»: su fragmento de «%2» termina en %3, más allá del texto (%4 caracteres).</translation>
    </message>
    <message>
        <source>A code needs a name.</source>
        <translation>Un código necesita un nombre.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot;</source>
        <translation>El código «%1»</translation>
    </message>
    <message>
        <source>reordering codes</source>
        <translation>reordenando códigos</translation>
    </message>
    <message>
        <source>merging codes</source>
        <translation>fusionando códigos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; use the form #RRGGBB, e.g. #E15759.</source>
        <translation>«%1» no es un color; utilice la forma #RRGGBB, p. ej., #E15759.</translation>
    </message>
    <message>
        <source>adding code &quot;%1&quot;</source>
        <translation>añadiendo el código «%1»</translation>
    </message>
    <message>
        <source>There is no parent code with id %1.</source>
        <translation>No existe ningún código superior con el id %1.</translation>
    </message>
    <message>
        <source>There is already a code &quot;%1&quot; at that level.</source>
        <translation>Ya existe un código «%1» en ese nivel.</translation>
    </message>
    <message>
        <source>A code path needs at least one name.</source>
        <translation>Una ruta de código necesita al menos un nombre.</translation>
    </message>
    <message>
        <source>renaming code &quot;%1&quot;</source>
        <translation>renombrando el código «%1»</translation>
    </message>
    <message>
        <source>changing a code&apos;s colour</source>
        <translation>cambiando el color de un código</translation>
    </message>
    <message>
        <source>making a code applicable</source>
        <translation>haciendo aplicable un código</translation>
    </message>
    <message>
        <source>making a code a folder</source>
        <translation>convirtiendo un código en carpeta</translation>
    </message>
    <message>
        <source>changing a code&apos;s description</source>
        <translation>modificando la descripción de un código</translation>
    </message>
    <message>
        <source>saving a code memo</source>
        <translation>guardando el memo de un código</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be moved into itself or one of its subcodes.</source>
        <translation>«%1» no se puede mover dentro de sí mismo ni de uno de sus subcódigos.</translation>
    </message>
    <message>
        <source>moving code &quot;%1&quot;</source>
        <translation>moviendo el código «%1»</translation>
    </message>
    <message>
        <source>A code cannot be merged into itself.</source>
        <translation>Un código no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be merged into its own subcode &quot;%2&quot;.</source>
        <translation>«%1» no se puede fusionar en su propio subcódigo «%2».</translation>
    </message>
    <message>
        <source>merging &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>fusionando «%1» en «%2»</translation>
    </message>
    <message>
        <source>deleting code &quot;%1&quot;</source>
        <translation>eliminando el código «%1»</translation>
    </message>
    <message>
        <source>restoring codes</source>
        <translation>restaurando códigos</translation>
    </message>
    <message>
        <source>removing a coder</source>
        <translation>eliminando un codificador</translation>
    </message>
    <message>
        <source>%1: the coder has codings and cannot be removed.</source>
        <translation>%1: el codificador tiene codificaciones y no se puede eliminar.</translation>
    </message>
    <message>
        <source>There is no coder with id %1.</source>
        <translation>No existe ningún codificador con el id %1.</translation>
    </message>
    <message>
        <source>removing a coder and their codings</source>
        <translation>eliminando un codificador y sus codificaciones</translation>
    </message>
    <message>
        <source>A coder needs a name.</source>
        <translation>Un codificador necesita un nombre.</translation>
    </message>
    <message>
        <source>adding coder &quot;%1&quot;</source>
        <translation>añadiendo el codificador «%1»</translation>
    </message>
    <message>
        <source>Could not add the coder &quot;%1&quot;.</source>
        <translation>No se pudo añadir el codificador «%1».</translation>
    </message>
    <message>
        <source>The range %1:%2 is empty or reversed; a coding needs start &lt; end.</source>
        <translation>El rango %1:%2 está vacío o invertido; una codificación requiere inicio &lt; fin.</translation>
    </message>
    <message>
        <source>The range %1:%2 lies outside &quot;%3&quot;, which has %4 characters.</source>
        <translation>El rango %1:%2 queda fuera de «%3», que tiene %4 caracteres.</translation>
    </message>
    <message>
        <source>adding a coding</source>
        <translation>añadiendo una codificación</translation>
    </message>
    <message>
        <source>adding codings</source>
        <translation>añadiendo codificaciones</translation>
    </message>
    <message>
        <source>%1: reading the codings failed: %2</source>
        <translation>%1: error al leer las codificaciones: %2</translation>
    </message>
    <message>
        <source>There is no coding with id %1.</source>
        <translation>No existe ninguna codificación con el id %1.</translation>
    </message>
    <message>
        <source>removing a coding</source>
        <translation>eliminando una codificación</translation>
    </message>
    <message>
        <source>changing a coding&apos;s range</source>
        <translation>modificando el rango de una codificación</translation>
    </message>
    <message>
        <source>The same code already covers %1:%2 for this coder.</source>
        <translation>El mismo código ya abarca %1:%2 para este codificador.</translation>
    </message>
    <message>
        <source>copying %1 into %2</source>
        <translation>copiando %1 en %2</translation>
    </message>
    <message>
        <source>%1: is not empty; a project is copied only into a new one.</source>
        <translation>%1: no está vacío; un proyecto solo se copia en uno nuevo.</translation>
    </message>
    <message>
        <source>%1: its project record is missing.</source>
        <translation>%1: falta su registro de proyecto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: is not a server project; a project file is removed as any file is.</source>
        <translation>%1: no es un proyecto en servidor; un archivo de proyecto se elimina como cualquier otro archivo.</translation>
    </message>
    <message>
        <source>%1: a project file has no members; put it on a server first (marginalia-cli push).</source>
        <translation>%1: un archivo de proyecto no tiene miembros; súbalo antes a un servidor (marginalia-cli push).</translation>
    </message>
    <message>
        <source>%1: there is no document with id %2.</source>
        <translation>%1: no existe ningún documento con el id %2.</translation>
    </message>
    <message>
        <source>restoring &quot;%1&quot;</source>
        <translation>restaurando «%1»</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>Un documento necesita un nombre.</translation>
    </message>
    <message>
        <source>importing &quot;%1&quot;</source>
        <translation>importando «%1»</translation>
    </message>
    <message>
        <source>%1: a document of %2 pages needs %3 page boundaries, not %4.</source>
        <translation>%1: un documento de %2 páginas necesita %3 límites de página, no %4.</translation>
    </message>
    <message>
        <source>%1: page boundaries must be ascending offsets inside the text.</source>
        <translation>%1: los límites de página deben ser desplazamientos ascendentes dentro del texto.</translation>
    </message>
    <message>
        <source>renaming a document to &quot;%1&quot;</source>
        <translation>renombrando un documento como «%1»</translation>
    </message>
    <message>
        <source>There is already a document named &quot;%1&quot;.</source>
        <translation>Ya existe un documento llamado «%1».</translation>
    </message>
    <message>
        <source>removing a document</source>
        <translation>eliminando un documento</translation>
    </message>
    <message>
        <source>The memo of %1</source>
        <translation>El memo de %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the coding</source>
        <translation>la codificación</translation>
    </message>
    <message>
        <source>clearing the memos</source>
        <translation>borrando los memos</translation>
    </message>
    <message>
        <source>A review compares two different coders.</source>
        <translation>Una revisión compara dos codificadores distintos.</translation>
    </message>
    <message>
        <source>The consensus coder needs a name.</source>
        <translation>El codificador de consenso necesita un nombre.</translation>
    </message>
    <message>
        <source>The consensus coder must be another coder than the two compared.</source>
        <translation>El codificador de consenso debe ser distinto de los dos que se comparan.</translation>
    </message>
    <message>
        <source>starting a review</source>
        <translation>iniciando una revisión</translation>
    </message>
    <message>
        <source>recording a review decision</source>
        <translation>registrando una decisión de la revisión</translation>
    </message>
    <message>
        <source>This region was decided already.</source>
        <translation>Esta región ya se ha decidido.</translation>
    </message>
    <message>
        <source>taking back a review decision</source>
        <translation>retirando una decisión de la revisión</translation>
    </message>
    <message>
        <source>Could not upgrade the project to format %1: %2</source>
        <translation>No se pudo actualizar el proyecto al formato %1: %2</translation>
    </message>
    <message>
        <source>The search is empty: type a word, a &quot;phrase&quot;, a prefix* or a pattern.</source>
        <translation>La búsqueda está vacía: escriba una palabra, una &quot;frase&quot;, un prefijo* o un patrón.</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is not valid: %2 (at character %3).</source>
        <translation>La expresión regular «%1» no es válida: %2 (en el carácter %3).</translation>
    </message>
    <message>
        <source>The regular expression &quot;%1&quot; is not valid: %2.</source>
        <translation>La expresión regular «%1» no es válida: %2.</translation>
    </message>
    <message>
        <source>Could not read the memos: %1</source>
        <translation>No se pudieron leer los memos: %1</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>the project is closed</source>
        <translation>el proyecto está cerrado</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>A row of %1 (row id %2) refers to a missing row of %3.</source>
        <translation>Una fila de %1 (id de fila %2) remite a una fila inexistente de %3.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; cannot be read (%2). Put a phrase or a word with punctuation in double quotes, and write the operators AND, OR, NOT and NEAR in capitals.</source>
        <translation>No se puede interpretar la búsqueda «%1» (%2). Ponga entre comillas dobles las frases o las palabras con signos de puntuación, y escriba los operadores AND, OR, NOT y NEAR en mayúsculas.</translation>
    </message>
    <message>
        <source>Could not set up full-text search: %1</source>
        <translation>No se pudo configurar la búsqueda de texto completo: %1</translation>
    </message>
    <message>
        <source>Could not search the memos: %1</source>
        <translation>No se pudo buscar en los memos: %1</translation>
    </message>
    <message>
        <source>%1: project &quot;%2&quot; is in an older format (%3); one of its owners must open it once with this version of Marginalia, which upgrades it.</source>
        <translation>%1: el proyecto «%2» está en un formato anterior (%3); uno de sus propietarios debe abrirlo una vez con esta versión de Marginalia, que lo actualiza.</translation>
    </message>
    <message>
        <source>%1: headings must be ranges inside the text, in order and not overlapping, of levels 1 to 9.</source>
        <translation>%1: los títulos deben ser intervalos dentro del texto, en orden y sin superponerse, de niveles 1 a 9.</translation>
    </message>
    <message>
        <source>%1: reading the project&apos;s members: %2</source>
        <translation>%1: lectura de los miembros del proyecto: %2</translation>
    </message>
    <message>
        <source>%1: only the project&apos;s owners may remove members (your role: %2).</source>
        <translation>%1: solo los propietarios del proyecto pueden retirar miembros (su función: %2).</translation>
    </message>
    <message>
        <source>%1: removing %2 from the project</source>
        <translation>%1: retirada de %2 del proyecto</translation>
    </message>
    <message>
        <source>%1: %2 has no role on this project (&quot;marginalia-cli members&quot; lists its members).</source>
        <translation>%1: %2 no tiene ninguna función en este proyecto («marginalia-cli members» lista sus miembros).</translation>
    </message>
    <message>
        <source>%1: %2 is the project&apos;s only owner, who alone can add members; make another member an owner first (marginalia-cli member-add URL LOGIN owner).</source>
        <translation>%1: %2 es el único propietario del proyecto, el único que puede añadir miembros; haga antes propietario a otro miembro (marginalia-cli member-add URL LOGIN owner).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectBackups</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1: the backup folder cannot be created.</source>
        <translation>%1: no se puede crear la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>%1: the copy of the project fails SQLite&apos;s check, so it was not kept; the project itself may be damaged: %2</source>
        <translation>%1: la copia del proyecto no supera la comprobación de SQLite, por lo que no se ha conservado; el propio proyecto puede estar dañado: %2</translation>
    </message>
    <message>
        <source>%1: the backup could not be given its name.</source>
        <translation>%1: no se pudo asignar su nombre a la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1: no such backup.</source>
        <translation>%1: no existe esa copia de seguridad.</translation>
    </message>
    <message>
        <source>%1: the backup fails SQLite&apos;s check, so it was not restored: %2</source>
        <translation>%1: la copia de seguridad no supera la comprobación de SQLite, por lo que no se ha restaurado: %2</translation>
    </message>
    <message>
        <source>%1: is not a Marginalia project, so it was not restored.</source>
        <translation>%1: no es un proyecto de Marginalia, por lo que no se ha restaurado.</translation>
    </message>
    <message>
        <source>%1: the project is open for writing by %2; close it there before restoring a backup.</source>
        <translation>%1: %2 tiene el proyecto abierto para escritura; ciérrelo allí antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1: the project is open (in Marginalia or another program); close it before restoring a backup.</source>
        <translation>%1: el proyecto está abierto (en Marginalia o en otro programa); ciérrelo antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1: the folder %2 is read-only.</source>
        <translation>%1: la carpeta %2 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1: the backup could not be copied beside the project.</source>
        <translation>%1: no se pudo copiar la copia de seguridad junto al proyecto.</translation>
    </message>
    <message>
        <source>%1: could not be renamed to %2, so nothing was restored.</source>
        <translation>%1: no se pudo renombrar como %2, por lo que no se ha restaurado nada.</translation>
    </message>
    <message>
        <source>%1: the backup could not be put in place; the project is as it was.</source>
        <translation>%1: no se pudo poner la copia de seguridad en su lugar; el proyecto sigue como estaba.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1: the file exists already.</source>
        <translation>%1: el archivo ya existe.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: the backup was cancelled.</source>
        <translation>%1: se canceló la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1: could not copy %2: %3</source>
        <translation>%1: no se pudo copiar %2: %3</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectHandout</name>
    <message>
        <source>%1: the file exists already; choose a new name.</source>
        <translation>%1: el archivo ya existe; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>%1: there is no coder &quot;%2&quot; to leave out.</source>
        <translation>%1: no existe ningún codificador «%2» que excluir.</translation>
    </message>
    <message>
        <source>preparing the hand-out</source>
        <translation>preparando la copia para repartir</translation>
    </message>
    <message>
        <source>%1: the copy was not closed cleanly; try again.</source>
        <translation>%1: la copia no se cerró correctamente; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: could not write the hand-out there.</source>
        <translation>%1: no se pudo escribir ahí la copia para repartir.</translation>
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
        <translation>El memo de %1 difiere: se conservan ambos textos, el procedente de %2 después de una línea que lo identifica.</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <source>Coder &quot;%1&quot; of %2 is not the coder &quot;%1&quot; of the project (another GUID): added as &quot;%3&quot;.</source>
        <translation>El codificador «%1» de %2 no es el codificador «%1» del proyecto (otro GUID): añadido como «%3».</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; of %2 is &quot;%3&quot; in the project (same GUID): its codings go to &quot;%3&quot;.</source>
        <translation>El código «%1» de %2 es «%3» en el proyecto (mismo GUID): sus codificaciones pasan a «%3».</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;</source>
        <translation>código «%1»</translation>
    </message>
    <message>
        <source>document &quot;%1&quot;</source>
        <translation>documento «%1»</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; of %2 has another text than &quot;%1&quot; of the project: added as &quot;%3&quot;.</source>
        <translation>El documento «%1» de %2 tiene un texto distinto del de «%1» del proyecto: añadido como «%3».</translation>
    </message>
    <message>
        <source>%1: coding %2 refers to a document, code or coder that was not merged.</source>
        <translation>%1: la codificación %2 remite a un documento, código o codificador que no se fusionó.</translation>
    </message>
    <message>
        <source>coding %1</source>
        <translation>codificación %1</translation>
    </message>
    <message>
        <source>Coding %1 of %2 has the GUID of another coding of the project: added with a new GUID.</source>
        <translation>La codificación %1 de %2 tiene el GUID de otra codificación del proyecto: añadida con un GUID nuevo.</translation>
    </message>
    <message>
        <source>%1: a project cannot be merged into itself.</source>
        <translation>%1: un proyecto no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>merging %1</source>
        <translation>fusionando %1</translation>
    </message>
    <message>
        <source>%1: merging %2 failed, the project is unchanged: %3</source>
        <translation>%1: error al fusionar %2; el proyecto no se ha modificado: %3</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1: no temporary folder to read it into.</source>
        <translation>%1: no hay ninguna carpeta temporal en la que leerlo.</translation>
    </message>
    <message>
        <source>%1: documents %2 added, %3 already there; codes %4 added, %5 already there; coders %6 added, %7 already there; codings %8 added, %9 already there.</source>
        <translation>%1: documentos: %2 añadidos, %3 ya existentes; códigos: %4 añadidos, %5 ya existentes; codificadores: %6 añadidos, %7 ya existentes; codificaciones: %8 añadidas, %9 ya existentes.</translation>
    </message>
    <message>
        <source>%1: memos %2 added, %3 kept side by side.</source>
        <translation>%1: memos: %2 añadidos, %3 conservados uno junto a otro.</translation>
    </message>
    <message>
        <source>conflict: %1</source>
        <translation>conflicto: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectReport</name>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>Otros códigos (%n)</numerusform>
            <numerusform>Otros códigos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per code, the most coded codes first</source>
        <translation>Codificaciones por código, primero los códigos más codificados</translation>
    </message>
    <message>
        <source>Project report: %1</source>
        <translation>Informe del proyecto: %1</translation>
    </message>
    <message>
        <source>Made on %1 by %2.</source>
        <translation>Generado el %1 por %2.</translation>
    </message>
    <message>
        <source>Nobody has coded yet.</source>
        <translation>Nadie ha codificado todavía.</translation>
    </message>
    <message numerus="yes">
        <source>Coders (%n): %1</source>
        <translation>
            <numerusform>Codificador (%n): %1</numerusform>
            <numerusform>Codificadores (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>Ámbito: %1 de %n documento del proyecto.</numerusform>
            <numerusform>Ámbito: %1 de los %n documentos del proyecto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n documento.</numerusform>
            <numerusform>%n documentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Code frequencies</source>
        <translation>Frecuencias de los códigos</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>The codebook is empty.</source>
        <translation>El libro de códigos está vacío.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codings and the documents they are in, per code, and counting the codings of a code&apos;s subcodes as its own.</source>
        <translation>Codificaciones y documentos en los que se encuentran, por código, contando como propias de un código las codificaciones de sus subcódigos.</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>El código</translation>
    </message>
    <message>
        <source>With its subcodes</source>
        <translation>Con sus subcódigos</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>The most coded codes</source>
        <translation>Los códigos más codificados</translation>
    </message>
    <message>
        <source>Nothing has been coded yet.</source>
        <translation>Todavía no se ha codificado nada.</translation>
    </message>
    <message>
        <source>Per coder: codings / documents</source>
        <translation>Por codificador: codificaciones / documentos</translation>
    </message>
    <message>
        <source>No code was chosen for excerpts.</source>
        <translation>No se eligió ningún código para los extractos.</translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n extracto</numerusform>
            <numerusform>%n extractos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s), its subcodes&apos; included</source>
        <translation>
            <numerusform>%n extracto, incluidos los de sus subcódigos</numerusform>
            <numerusform>%n extractos, incluidos los de sus subcódigos</numerusform>
        </translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>págs. %1</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project</source>
        <translation>El proyecto</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>No memos have been written.</source>
        <translation>No se ha escrito ningún memo.</translation>
    </message>
    <message>
        <source>%1 compared character by character in the documents they coded; a code nobody coded is left out. &quot;n/a&quot;: the statistic is undefined (hover for why).</source>
        <translation>%1 comparados carácter a carácter en los documentos que codificaron; se omite un código que nadie codificó. «n. d.»: la estadística no está definida (pase el puntero por encima para ver el motivo).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
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
        <translation>unitización</translation>
    </message>
    <message>
        <source>Writing the project report failed: %1</source>
        <translation>Error al escribir el informe del proyecto: %1</translation>
    </message>
    <message>
        <source>the set “%1”, documents where %2</source>
        <translation>el conjunto «%1», documentos donde %2</translation>
    </message>
    <message>
        <source>the set “%1”</source>
        <translation>el conjunto «%1»</translation>
    </message>
    <message>
        <source>documents where %1</source>
        <translation>documentos donde %1</translation>
    </message>
    <message numerus="yes">
        <source>Scope: %1; %2 of the project&apos;s %n document(s).</source>
        <translation>
            <numerusform>Ámbito: %1; %2 de %n documento del proyecto.</numerusform>
            <numerusform>Ámbito: %1; %2 de los %n documentos del proyecto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ProjectWriterLock</name>
    <message>
        <source>%1 is already open for writing in this program.</source>
        <translation>%1 ya está abierto para escritura en este programa.</translation>
    </message>
    <message>
        <source>%1 is open for writing in another program, which is starting or closing it; try again in a moment, or open it read-only.</source>
        <translation>%1 está abierto para escritura en otro programa, que lo está abriendo o cerrando; inténtelo de nuevo dentro de un momento o ábralo en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 is open for writing by %2. Only one program writes to a project at a time: open it read-only, or close it there first.</source>
        <translation>%2 tiene %1 abierto para escritura. Solo un programa puede escribir en un proyecto a la vez: ábralo en modo de solo lectura o ciérrelo antes allí.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una hora desconocida</translation>
    </message>
    <message>
        <source>%1 in %2 on %3 since %4 (process %5)</source>
        <translation>%1 con %2 en %3 desde %4 (proceso %5)</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un equipo desconocido</translation>
    </message>
    <message>
        <source>%1: cannot make the lock file %2 that keeps a second program from writing at the same time: %3</source>
        <translation>%1: no se puede crear el archivo de bloqueo %2 que impide que un segundo programa escriba al mismo tiempo: %3</translation>
    </message>
    <message>
        <source>%1: cannot lock %2: %3</source>
        <translation>%1: no se puede bloquear %2: %3</translation>
    </message>
    <message>
        <source>%1: the lock file %2 keeps changing; another program is opening and closing the project.</source>
        <translation>%1: el archivo de bloqueo %2 no deja de cambiar; otro programa está abriendo y cerrando el proyecto.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQda</name>
    <message>
        <source>Unnamed code</source>
        <translation>Código sin nombre</translation>
    </message>
    <message>
        <source>codes without a name, named &quot;Unnamed code&quot;</source>
        <translation>códigos sin nombre, llamados «Código sin nombre»</translation>
    </message>
    <message>
        <source>malformed colours left out (the code has no colour)</source>
        <translation>colores mal formados, omitidos (el código queda sin color)</translation>
    </message>
    <message>
        <source>codes that appear twice in the file, merged into one</source>
        <translation>códigos que aparecen dos veces en el archivo, fusionados en uno</translation>
    </message>
    <message>
        <source>codes not renamed because a sibling has the file&apos;s name</source>
        <translation>códigos no renombrados porque un código hermano tiene el nombre del archivo</translation>
    </message>
    <message>
        <source>renamed from &quot;%1&quot;</source>
        <translation>renombrado desde «%1»</translation>
    </message>
    <message>
        <source>codes matched by GUID that sit elsewhere in the file&apos;s tree, kept where they are in the project</source>
        <translation>códigos identificados por GUID que están en otro lugar del árbol del archivo, mantenidos donde están en el proyecto</translation>
    </message>
    <message>
        <source>colour %1</source>
        <translation>color %1</translation>
    </message>
    <message>
        <source>applicable to text</source>
        <translation>aplicable al texto</translation>
    </message>
    <message>
        <source>a folder (not applied to text)</source>
        <translation>una carpeta (no se aplica al texto)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <source>codes updated</source>
        <translation>códigos actualizados</translation>
    </message>
    <message>
        <source>codes already in the project as they are</source>
        <translation>códigos que ya están tal cual en el proyecto</translation>
    </message>
    <message>
        <source>codes sharing a name with a sibling, renamed &quot;Name (2)&quot;</source>
        <translation>códigos con el mismo nombre que un código hermano, renombrados «Nombre (2)»</translation>
    </message>
    <message>
        <source>codes with a missing or malformed GUID, given a new one</source>
        <translation>códigos con un GUID ausente o mal formado, a los que se asignó uno nuevo</translation>
    </message>
    <message>
        <source>codes whose GUID another code has, given a new one</source>
        <translation>códigos cuyo GUID tiene otro código, a los que se asignó uno nuevo</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot;: %2</source>
        <translation>Código «%1»: %2</translation>
    </message>
    <message>
        <source>codes added</source>
        <translation>códigos añadidos</translation>
    </message>
    <message>
        <source>%1: the codebook is empty; a REFI-QDA codebook needs at least one code.</source>
        <translation>%1: el libro de códigos está vacío; un libro de códigos REFI-QDA necesita al menos un código.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>code memos (a codebook file has no place for them; a project export keeps them)</source>
        <translation>memos de códigos (un archivo de libro de códigos no tiene lugar para ellos; una exportación del proyecto los conserva)</translation>
    </message>
    <message>
        <source>control characters XML cannot hold, replaced by U+FFFD</source>
        <translation>caracteres de control que XML no admite, sustituidos por U+FFFD</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is %2 MB, far larger than any codebook; it was not read.</source>
        <translation>%1: ocupa %2 MB, mucho más que cualquier libro de códigos; no se ha leído.</translation>
    </message>
    <message>
        <source>%1: is a REFI-QDA project (.qde), not a codebook; import it as a project (.qdpx).</source>
        <translation>%1: es un proyecto REFI-QDA (.qde), no un libro de códigos; impórtelo como proyecto (.qdpx).</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA codebook: its root element is &lt;%2&gt;, not &lt;CodeBook&gt;.</source>
        <translation>%1: no es un libro de códigos REFI-QDA: su elemento raíz es &lt;%2&gt;, no &lt;CodeBook&gt;.</translation>
    </message>
    <message>
        <source>code sets (Marginalia has none)</source>
        <translation>conjuntos de códigos (Marginalia no tiene ninguno)</translation>
    </message>
    <message>
        <source>unknown elements in the codebook (skipped)</source>
        <translation>elementos desconocidos en el libro de códigos (omitidos)</translation>
    </message>
    <message>
        <source>%1: is empty or not XML.</source>
        <translation>%1: está vacío o no es XML.</translation>
    </message>
    <message>
        <source>%1: the codebook has no codes.</source>
        <translation>%1: el libro de códigos no tiene códigos.</translation>
    </message>
    <message>
        <source>importing the codebook %1</source>
        <translation>importando el libro de códigos %1</translation>
    </message>
    <message>
        <source>%1: %2 The project was not changed.</source>
        <translation>%1: %2 El proyecto no se ha modificado.</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>QualCoder: memos of codes that have a description (it reads a code&apos;s &lt;Description&gt; as its memo, and no notes)</source>
        <translation>QualCoder: memos de códigos que tienen descripción (lee la &lt;Description&gt; de un código como su memo, y no lee notas)</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1: the project file (project.qde) could not be written: %2</source>
        <translation>%1: no se pudo escribir el archivo del proyecto (project.qde): %2</translation>
    </message>
    <message>
        <source>control characters in names and memos that XML cannot hold, replaced by U+FFFD</source>
        <translation>caracteres de control en nombres y memos que XML no admite, sustituidos por U+FFFD</translation>
    </message>
    <message>
        <source>rows without a valid GUID, given a stable derived one</source>
        <translation>filas sin un GUID válido, a las que se asignó uno estable derivado</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; is %2 MB of text, more than the 2 GB a REFI-QDA project can hold in one file.</source>
        <translation>El documento «%1» tiene %2 MB de texto, más de los 2 GB que un proyecto REFI-QDA admite en un archivo.</translation>
    </message>
    <message>
        <source>documents exported as their plain text (the original file&apos;s formatting is not in the project)</source>
        <translation>documentos exportados como texto sin formato (el formato del archivo original no está en el proyecto)</translation>
    </message>
    <message>
        <source>page boundaries of paged documents (REFI-QDA text sources have no pages)</source>
        <translation>límites de página de documentos paginados (las fuentes de texto REFI-QDA no tienen páginas)</translation>
    </message>
    <message>
        <source>Memo: %1 in %2</source>
        <translation>Memo: %1 en %2</translation>
    </message>
    <message>
        <source>attributes with a list of values exported as text variables (REFI-QDA has no list type)</source>
        <translation>atributos con una lista de valores exportados como variables de texto (REFI-QDA no tiene tipo lista)</translation>
    </message>
    <message>
        <source>sets saved from a condition (REFI-QDA sets list their members)</source>
        <translation>conjuntos guardados a partir de una condición (los conjuntos REFI-QDA enumeran sus miembros)</translation>
    </message>
    <message>
        <source>%1: no temporary file for project.qde: %2</source>
        <translation>%1: no hay ningún archivo temporal para project.qde: %2</translation>
    </message>
    <message>
        <source>%1: project.qde could not be written: %2</source>
        <translation>%1: no se pudo escribir project.qde: %2</translation>
    </message>
    <message>
        <source>%1: the folder holds more than %2 files; it is not an unzipped REFI-QDA project.</source>
        <translation>%1: la carpeta contiene más de %2 archivos; no es un proyecto REFI-QDA descomprimido.</translation>
    </message>
    <message>
        <source>%1: there is no file &quot;%2&quot;.</source>
        <translation>%1: no existe el archivo «%2».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot be read: %3</source>
        <translation>%1: no se puede leer «%2»: %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 MB, more than the limit of %4 MB.</source>
        <translation>%1: «%2» ocupa %3 MB, más que el límite de %4 MB.</translation>
    </message>
    <message>
        <source>%1: holds NUL characters; it is not a text file.</source>
        <translation>%1: contiene caracteres NUL; no es un archivo de texto.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>users without a name, named after their GUID</source>
        <translation>usuarios sin nombre, nombrados según su GUID</translation>
    </message>
    <message>
        <source>users sharing a name, taken as one coder</source>
        <translation>usuarios con el mismo nombre, tratados como un solo codificador</translation>
    </message>
    <message>
        <source>selections without a coding or a case (Marginalia keeps codings and case passages, not bare selections)</source>
        <translation>selecciones sin codificación ni caso (Marginalia conserva codificaciones y fragmentos de casos, no selecciones sueltas)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>notes not attached to a project, document, code or coding, added to the project memo</source>
        <translation>notas no vinculadas a un proyecto, documento, código ni codificación, añadidas al memo del proyecto</translation>
    </message>
    <message>
        <source>date-and-time variables made date attributes (the time of day is not kept)</source>
        <translation>variables de fecha y hora convertidas en atributos de fecha (no se conserva la hora del día)</translation>
    </message>
    <message>
        <source>variables of a type REFI-QDA does not define, made text attributes</source>
        <translation>variables de un tipo que REFI-QDA no define, convertidas en atributos de texto</translation>
    </message>
    <message>
        <source>variables sharing a name and type, taken as one attribute</source>
        <translation>variables con el mismo nombre y tipo, tratadas como un solo atributo</translation>
    </message>
    <message>
        <source>variables sharing a name but not a type, renamed &quot;Name (2)&quot;</source>
        <translation>variables con el mismo nombre pero distinto tipo, renombradas «Nombre (2)»</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot;: %2</source>
        <translation>Variable «%1»: %2</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>variables without a name, named after their GUID</source>
        <translation>variables sin nombre, nombradas según su GUID</translation>
    </message>
    <message>
        <source>variables with a missing, malformed or repeated GUID, given a new one (values refer to the first)</source>
        <translation>variables con un GUID ausente, mal formado o repetido, a las que se asignó uno nuevo (los valores remiten a la primera)</translation>
    </message>
    <message>
        <source>descriptions of variables (attributes have none)</source>
        <translation>descripciones de variables (los atributos no tienen)</translation>
    </message>
    <message>
        <source>variables with values on both sources and cases, made an attribute of the documents and one of the cases</source>
        <translation>variables con valores tanto en fuentes como en casos, convertidas en un atributo de los documentos y otro de los casos</translation>
    </message>
    <message>
        <source>variable values of variables that are not in &lt;Variables&gt;</source>
        <translation>valores de variables que no están en &lt;Variables&gt;</translation>
    </message>
    <message>
        <source>empty variable values (an attribute has a value or none)</source>
        <translation>valores de variable vacíos (un atributo tiene un valor o ninguno)</translation>
    </message>
    <message>
        <source>variable values their variable&apos;s type cannot read, left out</source>
        <translation>valores de variable que el tipo de su variable no puede leer, omitidos</translation>
    </message>
    <message>
        <source>variables given two values for one source or case, the last kept</source>
        <translation>variables con dos valores para una misma fuente o caso; se conservó el último</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>cases without a name, named after their GUID</source>
        <translation>casos sin nombre, nombrados según su GUID</translation>
    </message>
    <message>
        <source>cases sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>casos con el mismo nombre, renombrados «Nombre (2)»</translation>
    </message>
    <message>
        <source>cases with a missing, malformed or repeated GUID, given a new one</source>
        <translation>casos con un GUID ausente, mal formado o repetido, a los que se asignó uno nuevo</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot;: %2</source>
        <translation>Caso «%1»: %2</translation>
    </message>
    <message>
        <source>codes linked to cases (a case holds documents and passages, not codes)</source>
        <translation>códigos vinculados a casos (un caso contiene documentos y fragmentos, no códigos)</translation>
    </message>
    <message>
        <source>case members that are not imported documents (pictures, audio, video, sources left out)</source>
        <translation>miembros de casos que no son documentos importados (imágenes, audio, vídeo, fuentes omitidas)</translation>
    </message>
    <message>
        <source>case members that are selections not imported (of pictures, PDF regions, audio or video, or outside their text)</source>
        <translation>miembros de casos que son selecciones no importadas (de imágenes, regiones de PDF, audio o vídeo, o fuera de su texto)</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Conjunto %1</translation>
    </message>
    <message>
        <source>sets without a name, named after their GUID</source>
        <translation>conjuntos sin nombre, nombrados según su GUID</translation>
    </message>
    <message>
        <source>set members that are not imported documents (pictures, audio, video, sources left out)</source>
        <translation>miembros de conjuntos que no son documentos importados (imágenes, audio, vídeo, fuentes omitidas)</translation>
    </message>
    <message>
        <source>set members that are codes not in the codebook</source>
        <translation>miembros de conjuntos que son códigos que no están en el libro de códigos</translation>
    </message>
    <message>
        <source>notes in sets (there are no sets of memos)</source>
        <translation>notas en conjuntos (no existen conjuntos de memos)</translation>
    </message>
    <message>
        <source>sets of both codes and sources, made a set of documents and a code set of the same name</source>
        <translation>conjuntos de códigos y fuentes a la vez, convertidos en un conjunto de documentos y un conjunto de códigos con el mismo nombre</translation>
    </message>
    <message>
        <source>sets with a missing, malformed or repeated GUID, given a new one</source>
        <translation>conjuntos con un GUID ausente, mal formado o repetido, a los que se asignó uno nuevo</translation>
    </message>
    <message>
        <source>sets sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>conjuntos con el mismo nombre, renombrados «Nombre (2)»</translation>
    </message>
    <message>
        <source>Set &quot;%1&quot;: %2</source>
        <translation>Conjunto «%1»: %2</translation>
    </message>
    <message>
        <source>selection descriptions kept as coding memos</source>
        <translation>descripciones de selecciones conservadas como memos de codificación</translation>
    </message>
    <message>
        <source>sources outside the archive (absolute:// or relative:// paths), not read</source>
        <translation>fuentes fuera del archivo comprimido (rutas absolute:// o relative://), no leídas</translation>
    </message>
    <message>
        <source>source paths without &quot;internal://&quot;, looked up in the archive</source>
        <translation>rutas de fuentes sin &quot;internal://&quot;, buscadas en el archivo comprimido</translation>
    </message>
    <message>
        <source>sources with a path that leads out of the archive</source>
        <translation>fuentes con una ruta que sale del archivo comprimido</translation>
    </message>
    <message>
        <source>files found under another case of their name (&quot;Sources/&quot; in capitals...)</source>
        <translation>archivos encontrados con su nombre escrito con otras mayúsculas/minúsculas (&quot;Sources/&quot; en mayúsculas...)</translation>
    </message>
    <message>
        <source>sources whose file is not in the archive</source>
        <translation>fuentes cuyo archivo no está en el archivo comprimido</translation>
    </message>
    <message>
        <source>notes whose file cannot be read</source>
        <translation>notas cuyo archivo no se puede leer</translation>
    </message>
    <message>
        <source>codings without a known creating user, attributed to the coder &quot;unknown&quot;</source>
        <translation>codificaciones sin un usuario creador conocido, atribuidas al codificador «desconocido»</translation>
    </message>
    <message>
        <source>sources whose positions were read as UTF-16 code units (as NVivo counts) and converted to code points</source>
        <translation>fuentes cuyas posiciones se leyeron como unidades de código UTF-16 (como cuenta NVivo) y se convirtieron a puntos de código</translation>
    </message>
    <message>
        <source>sources whose positions were read as Unicode code points (as REFI-QDA counts)</source>
        <translation>fuentes cuyas posiciones se leyeron como puntos de código Unicode (como cuenta REFI-QDA)</translation>
    </message>
    <message>
        <source>sources that are not text</source>
        <translation>fuentes que no son texto</translation>
    </message>
    <message>
        <source>text sources with neither a file nor text</source>
        <translation>fuentes de texto sin archivo ni texto</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>sources without a name, named after their file</source>
        <translation>fuentes sin nombre, nombradas según su archivo</translation>
    </message>
    <message>
        <source>sources with a missing, malformed or repeated GUID, given a new one</source>
        <translation>fuentes con un GUID ausente, mal formado o repetido, a las que se asignó uno nuevo</translation>
    </message>
    <message>
        <source>sources with a byte-order mark, removed</source>
        <translation>fuentes con marca de orden de bytes, eliminada</translation>
    </message>
    <message>
        <source>sources not in UTF-8, decoded from their encoding</source>
        <translation>fuentes que no están en UTF-8, descodificadas desde su codificación de caracteres</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: %2</source>
        <translation>Fuente «%1»: %2</translation>
    </message>
    <message>
        <source>sources sharing a name, renamed &quot;Name (2)&quot;</source>
        <translation>fuentes con el mismo nombre, renombradas «Nombre (2)»</translation>
    </message>
    <message>
        <source>sources with CRLF line endings whose positions count CRLF as one character</source>
        <translation>fuentes con finales de línea CRLF cuyas posiciones cuentan CRLF como un solo carácter</translation>
    </message>
    <message>
        <source>sources with CRLF line endings, positions mapped onto LF line endings</source>
        <translation>fuentes con finales de línea CRLF, con las posiciones ajustadas a finales de línea LF</translation>
    </message>
    <message>
        <source>codings of codes that are not in the codebook</source>
        <translation>codificaciones de códigos que no están en el libro de códigos</translation>
    </message>
    <message>
        <source>codings with a missing, malformed or repeated GUID, given a new one</source>
        <translation>codificaciones con un GUID ausente, mal formado o repetido, a las que se asignó uno nuevo</translation>
    </message>
    <message>
        <source>codings of a whole source, made codings of its whole text</source>
        <translation>codificaciones de una fuente completa, convertidas en codificaciones de todo su texto</translation>
    </message>
    <message>
        <source>selections with missing or malformed positions</source>
        <translation>selecciones con posiciones ausentes o mal formadas</translation>
    </message>
    <message>
        <source>selections outside their text</source>
        <translation>selecciones fuera de su texto</translation>
    </message>
    <message>
        <source>selections whose UTF-16 positions cut a character in two</source>
        <translation>selecciones cuyas posiciones UTF-16 parten un carácter en dos</translation>
    </message>
    <message>
        <source>empty selections (zero characters; a coding needs at least one)</source>
        <translation>selecciones vacías (cero caracteres; una codificación requiere al menos uno)</translation>
    </message>
    <message>
        <source>codings repeated with the same code, coder and range, kept once</source>
        <translation>codificaciones repetidas con el mismo código, codificador y rango, conservadas una sola vez</translation>
    </message>
    <message>
        <source>%1: is a REFI-QDA codebook, not a project; import it into a project as a codebook (.qdc).</source>
        <translation>%1: es un libro de códigos REFI-QDA, no un proyecto; impórtelo en un proyecto como libro de códigos (.qdc).</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA project: its root element is &lt;%2&gt;, not &lt;Project&gt;.</source>
        <translation>%1: no es un proyecto REFI-QDA: su elemento raíz es &lt;%2&gt;, no &lt;Project&gt;.</translation>
    </message>
    <message>
        <source>%1: is not a REFI-QDA project.</source>
        <translation>%1: no es un proyecto REFI-QDA.</translation>
    </message>
    <message>
        <source>links between elements</source>
        <translation>vínculos entre elementos</translation>
    </message>
    <message>
        <source>graphs</source>
        <translation>grafos</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was created.</source>
        <translation>Se canceló la importación; no se creó nada.</translation>
    </message>
    <message>
        <source>elements unknown to REFI-QDA 1.5 (skipped)</source>
        <translation>elementos desconocidos para REFI-QDA 1.5 (omitidos)</translation>
    </message>
    <message>
        <source>(no targetGUID)</source>
        <translation>(sin targetGUID)</translation>
    </message>
    <message>
        <source>variable values of pictures, audio and video</source>
        <translation>valores de variables de imágenes, audio y vídeo</translation>
    </message>
    <message>
        <source>rich-text originals (DOCX) of text sources; their plain text was imported</source>
        <translation>originales en texto enriquecido (DOCX) de fuentes de texto; se importó su texto sin formato</translation>
    </message>
    <message>
        <source>codings of pictures, PDF regions, audio and video</source>
        <translation>codificaciones de imágenes, regiones de PDF, audio y vídeo</translation>
    </message>
    <message>
        <source>PDF regions (areas of a page; Marginalia codes text)</source>
        <translation>regiones de PDF (áreas de una página; Marginalia codifica texto)</translation>
    </message>
    <message>
        <source>PDF sources without a plain-text representation</source>
        <translation>fuentes PDF sin representación en texto sin formato</translation>
    </message>
    <message>
        <source>PDF sources imported as their plain-text representation (the PDF file itself is not kept)</source>
        <translation>fuentes PDF importadas como su representación en texto sin formato (no se conserva el propio archivo PDF)</translation>
    </message>
    <message>
        <source>picture sources (Marginalia codes text)</source>
        <translation>fuentes de imagen (Marginalia codifica texto)</translation>
    </message>
    <message>
        <source>picture regions</source>
        <translation>regiones de imagen</translation>
    </message>
    <message>
        <source>audio sources (Marginalia codes text)</source>
        <translation>fuentes de audio (Marginalia codifica texto)</translation>
    </message>
    <message>
        <source>video sources (Marginalia codes text)</source>
        <translation>fuentes de vídeo (Marginalia codifica texto)</translation>
    </message>
    <message>
        <source>audio clips</source>
        <translation>fragmentos de audio</translation>
    </message>
    <message>
        <source>video clips</source>
        <translation>fragmentos de vídeo</translation>
    </message>
    <message>
        <source>%1 (transcript)</source>
        <translation>%1 (transcripción)</translation>
    </message>
    <message>
        <source>transcripts of audio and video imported as documents</source>
        <translation>transcripciones de audio y vídeo importadas como documentos</translation>
    </message>
    <message>
        <source>variable values of notes</source>
        <translation>valores de variables de notas</translation>
    </message>
    <message>
        <source>selections and codings inside notes (memos are not coded in Marginalia)</source>
        <translation>selecciones y codificaciones dentro de notas (en Marginalia los memos no se codifican)</translation>
    </message>
    <message>
        <source>%1: holds no project.qde, so it is not a REFI-QDA project (.qdpx).</source>
        <translation>%1: no contiene ningún project.qde, por lo que no es un proyecto REFI-QDA (.qdpx).</translation>
    </message>
    <message>
        <source>%1: holds several .qde files (%2) and no project.qde; which one is the project is unclear.</source>
        <translation>%1: contiene varios archivos .qde (%2) y ningún project.qde; no está claro cuál es el proyecto.</translation>
    </message>
    <message>
        <source>project files (.qde) not named project.qde</source>
        <translation>archivos de proyecto (.qde) que no se llaman project.qde</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already; a REFI-QDA project is imported into a new project.</source>
        <translation>%1: ya existe un archivo con ese nombre; un proyecto REFI-QDA se importa en un proyecto nuevo.</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist.</source>
        <translation>%1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no existe el archivo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>importando %1</translation>
    </message>
    <message>
        <source>%1: the imported project could not be put in place (does a file of that name exist now?).</source>
        <translation>%1: no se pudo poner en su lugar el proyecto importado (¿existe ahora un archivo con ese nombre?).</translation>
    </message>
    <message>
        <source>%1 of %2 selections fit the text read as code points, %3 read as UTF-16 units</source>
        <translation>%1 de %2 selecciones encajan en el texto leído como puntos de código, %3 leído como unidades UTF-16</translation>
    </message>
    <message>
        <source>as asked; %1</source>
        <translation>según lo solicitado; %1</translation>
    </message>
    <message>
        <source>no selection comes after a character outside the BMP, so both readings agree</source>
        <translation>ninguna selección aparece después de un carácter fuera del BMP, por lo que ambas lecturas coinciden</translation>
    </message>
    <message>
        <source>the text decides: %1</source>
        <translation>decide el texto: %1</translation>
    </message>
    <message>
        <source>%1 selections would cut a character in two or lie outside the text read as UTF-16 units, %2 read as code points</source>
        <translation>%1 selecciones partirían un carácter en dos o quedarían fuera del texto leído como unidades UTF-16, %2 leído como puntos de código</translation>
    </message>
    <message>
        <source>both fit equally (%1); the file comes from &quot;%2&quot;, which counts UTF-16 units</source>
        <translation>ambas encajan igual (%1); el archivo procede de «%2», que cuenta unidades UTF-16</translation>
    </message>
    <message>
        <source>both fit equally (%1); REFI-QDA counts code points</source>
        <translation>ambas encajan igual (%1); REFI-QDA cuenta puntos de código</translation>
    </message>
    <message>
        <source>GUIDs in braces or upper case, read as lower case</source>
        <translation>GUID entre llaves o en mayúsculas, leídos en minúsculas</translation>
    </message>
    <message>
        <source>%1: the XML has a document type declaration (DTD) at line %2. REFI-QDA files have none, and a DTD can define entities that expand without bound or read other files, so the file was refused.</source>
        <translation>%1: el XML tiene una declaración de tipo de documento (DTD) en la línea %2. Los archivos REFI-QDA no tienen ninguna, y una DTD puede definir entidades que se expanden sin límite o leen otros archivos, por lo que se rechazó el archivo.</translation>
    </message>
    <message>
        <source>%1: the XML refers to the entity &quot;%2&quot; at line %3; REFI-QDA files use none, so the file was refused.</source>
        <translation>%1: el XML remite a la entidad «%2» en la línea %3; los archivos REFI-QDA no utilizan ninguna, por lo que se rechazó el archivo.</translation>
    </message>
    <message>
        <source>%1: the XML is malformed at line %2, column %3: %4</source>
        <translation>%1: el XML está mal formado en la línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>%1: the code tree is more than %2 levels deep at line %3; the file was refused.</source>
        <translation>%1: el árbol de códigos tiene más de %2 niveles de profundidad en la línea %3; se rechazó el archivo.</translation>
    </message>
    <message>
        <source>%1: the XML ends inside the codebook.</source>
        <translation>%1: el XML termina dentro del libro de códigos.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::RefiQdaReport</name>
    <message>
        <source>coders: %1</source>
        <translation>codificadores: %1</translation>
    </message>
    <message>
        <source>documents: %1</source>
        <translation>documentos: %1</translation>
    </message>
    <message>
        <source>codes: %1</source>
        <translation>códigos: %1</translation>
    </message>
    <message>
        <source>codings: %1</source>
        <translation>codificaciones: %1</translation>
    </message>
    <message>
        <source>memos: %1</source>
        <translation>memos: %1</translation>
    </message>
    <message>
        <source>attributes: %1</source>
        <translation>atributos: %1</translation>
    </message>
    <message>
        <source>attribute values: %1</source>
        <translation>valores de atributos: %1</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>casos: %1</translation>
    </message>
    <message>
        <source>sets: %1</source>
        <translation>conjuntos: %1</translation>
    </message>
    <message>
        <source> (the file comes from &quot;%1&quot;)</source>
        <translation> (el archivo procede de «%1»)</translation>
    </message>
    <message>
        <source>Positions: no source has characters outside the Basic Multilingual Plane, so code points and UTF-16 units agree%1.</source>
        <translation>Posiciones: ninguna fuente tiene caracteres fuera del plano multilingüe básico, por lo que los puntos de código y las unidades UTF-16 coinciden%1.</translation>
    </message>
    <message>
        <source>Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where code points and UTF-16 units differ%3, but no selections: nothing depends on the reading.</source>
        <translation>Posiciones: %1 de %2 fuentes tienen caracteres fuera del plano multilingüe básico, donde los puntos de código y las unidades UTF-16 difieren%3, pero ninguna selección: nada depende de la lectura.</translation>
    </message>
    <message>
        <source>read as code points, as asked</source>
        <translation>leídas como puntos de código, según lo solicitado</translation>
    </message>
    <message>
        <source>read as UTF-16 units, as asked</source>
        <translation>leídas como unidades UTF-16, según lo solicitado</translation>
    </message>
    <message>
        <source>read as UTF-16 units (as NVivo counts) and converted to code points</source>
        <translation>leídas como unidades UTF-16 (como cuenta NVivo) y convertidas a puntos de código</translation>
    </message>
    <message>
        <source>read as code points (as REFI-QDA counts)</source>
        <translation>leídas como puntos de código (como cuenta REFI-QDA)</translation>
    </message>
    <message>
        <source>%1 read as UTF-16 units, the others as code points</source>
        <translation>%1 leídas como unidades UTF-16, las demás como puntos de código</translation>
    </message>
    <message>
        <source>Positions: %1 of %2 sources have characters outside the Basic Multilingual Plane, where code points and UTF-16 units differ%3; of their %4 selections, %5% fit the text read as code points and %6% read as UTF-16 units: %7.</source>
        <translation>Posiciones: %1 de %2 fuentes tienen caracteres fuera del plano multilingüe básico, donde los puntos de código y las unidades UTF-16 difieren%3; de sus %4 selecciones, el %5% encaja en el texto leído como puntos de código y el %6% leído como unidades UTF-16: %7.</translation>
    </message>
    <message>
        <source>Merged:</source>
        <translation>Fusionado:</translation>
    </message>
    <message>
        <source>Adjusted on the way:</source>
        <translation>Ajustado durante el proceso:</translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>No transferido:</translation>
    </message>
    <message>
        <source>In the file, but known to be lost in the tool that reads it:</source>
        <translation>En el archivo, pero se sabe que se pierde en la herramienta que lo lee:</translation>
    </message>
    <message>
        <source>Nothing was left out.</source>
        <translation>No se omitió nada.</translation>
    </message>
    <message>
        <source>Nothing was left out of the file; the tools named above lose what is listed.</source>
        <translation>No se omitió nada del archivo; las herramientas mencionadas arriba pierden lo que se indica.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added</source>
        <translation>
            <numerusform>%n código añadido</numerusform>
            <numerusform>%n códigos añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>none matched</source>
        <translation>ninguno coincidía</translation>
    </message>
    <message numerus="yes">
        <source>%n matched (%1 by GUID, %2 by path)</source>
        <translation>
            <numerusform>%n coincidía (%1 por GUID, %2 por ruta)</numerusform>
            <numerusform>%n coincidían (%1 por GUID, %2 por ruta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them updated</source>
        <translation>
            <numerusform>%n de ellos actualizado</numerusform>
            <numerusform>%n de ellos actualizados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::SafeXmlReader</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>the XML has a document type declaration (DTD), which Word and OpenDocument files never have; it could declare entities that expand without bound, so the file is refused.</source>
        <translation>el XML tiene una declaración de tipo de documento (DTD), que los archivos de Word y OpenDocument nunca tienen; podría declarar entidades que se expanden sin límite, por lo que se rechaza el archivo.</translation>
    </message>
    <message>
        <source>the XML refers to an undeclared entity &quot;&amp;%1;&quot;.</source>
        <translation>el XML remite a una entidad no declarada «&amp;%1;».</translation>
    </message>
    <message>
        <source>the XML is nested more than %1 levels deep.</source>
        <translation>el XML tiene más de %1 niveles de anidamiento.</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is malformed: %3</source>
        <translation>%1: línea %2: el XML está mal formado: %3</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::SearchHits</name>
    <message>
        <source>There is no code with id %1.</source>
        <translation>No existe ningún código con el id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; choose one of its subcodes.</source>
        <translation>«%1» es una carpeta de códigos y no se aplica al texto; elija uno de sus subcódigos.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ServerLocation</name>
    <message>
        <source>&quot;%1&quot; has a %-sign not followed by two hexadecimal digits (write %25 for a %-sign)</source>
        <translation>«%1» tiene un signo % no seguido de dos dígitos hexadecimales (escriba %25 para un signo %)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes a NUL character (%00)</source>
        <translation>«%1» codifica un carácter NUL (%00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; encodes bytes that are not UTF-8</source>
        <translation>«%1» codifica bytes que no son UTF-8</translation>
    </message>
    <message>
        <source>No server location was given: write postgresql://HOST/DATABASE?project=NAME or the path of a %1 file.</source>
        <translation>No se indicó ninguna ubicación de servidor: escriba postgresql://HOST/DATABASE?project=NAME o la ruta de un archivo %1.</translation>
    </message>
    <message>
        <source>%1 is neither a postgresql:// URL nor a server connection file (%2).</source>
        <translation>%1 no es ni una URL postgresql:// ni un archivo de conexión al servidor (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the password is not percent-encoded correctly</source>
        <translation>la contraseña no está codificada correctamente con codificación porcentual</translation>
    </message>
    <message>
        <source>names several hosts; Marginalia connects to one server (use a service file for fail-over)</source>
        <translation>indica varios hosts; Marginalia se conecta a un solo servidor (utilice un archivo de servicio para la conmutación por error)</translation>
    </message>
    <message>
        <source>the IPv6 address has no closing ]</source>
        <translation>a la dirección IPv6 le falta el ] de cierre</translation>
    </message>
    <message>
        <source>expected :PORT after the IPv6 address, found &quot;%1&quot;</source>
        <translation>se esperaba :PORT después de la dirección IPv6 y se encontró «%1»</translation>
    </message>
    <message>
        <source>the brackets hold no IPv6 address</source>
        <translation>los corchetes no contienen ninguna dirección IPv6</translation>
    </message>
    <message>
        <source>an IPv6 address must be written in brackets, as in postgresql://[::1]/DATABASE</source>
        <translation>una dirección IPv6 debe escribirse entre corchetes, como en postgresql://[::1]/DATABASE</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto «%1» no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>gives %1 twice, as &quot;%2&quot; and as &quot;%3&quot;</source>
        <translation>indica %1 dos veces, como «%2» y como «%3»</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value; write %1=VALUE</source>
        <translation>el parámetro «%1» no tiene valor; escriba %1=VALUE</translation>
    </message>
    <message>
        <source>names the project twice</source>
        <translation>indica el proyecto dos veces</translation>
    </message>
    <message>
        <source>gives the password twice</source>
        <translation>indica la contraseña dos veces</translation>
    </message>
    <message>
        <source>gives port twice, as &quot;%1&quot; and as &quot;%2&quot;</source>
        <translation>indica el puerto dos veces, como «%1» y como «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libpq connection keyword (those are lower-case words such as sslmode)</source>
        <translation>«%1» no es una palabra clave de conexión de libpq (estas son palabras en minúsculas como sslmode)</translation>
    </message>
    <message>
        <source>sslpassword would be kept in recent files and connection files; put it in a service file and name that with service=NAME</source>
        <translation>sslpassword quedaría guardada en los archivos recientes y en los archivos de conexión; escríbala en un archivo de servicio e indíquelo con service=NAME</translation>
    </message>
    <message>
        <source>the value of %1 contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on</source>
        <translation>el valor de %1 contiene un punto y coma, que el controlador PostgreSQL de Qt no puede transmitir</translation>
    </message>
    <message>
        <source>gives %1 twice</source>
        <translation>indica %1 dos veces</translation>
    </message>
    <message>
        <source>names no project; add ?project=NAME</source>
        <translation>no indica ningún proyecto; añada ?project=NAME</translation>
    </message>
    <message>
        <source>the project name is empty; write ?project=NAME</source>
        <translation>el nombre del proyecto está vacío; escriba ?project=NAME</translation>
    </message>
    <message>
        <source>names no database; write it after the server, as in postgresql://HOST/DATABASE</source>
        <translation>no indica ninguna base de datos; escríbala después del servidor, como en postgresql://HOST/DATABASE</translation>
    </message>
    <message>
        <source>%1: no such server connection file</source>
        <translation>%1: no existe ese archivo de conexión al servidor</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: is larger than a server connection file can be (%2 KB); is it one?</source>
        <translation>%1: es más grande de lo que puede ser un archivo de conexión al servidor (%2 KB); ¿seguro que es uno?</translation>
    </message>
    <message>
        <source>%1: is a binary file, not a server connection file</source>
        <translation>%1: es un archivo binario, no un archivo de conexión al servidor</translation>
    </message>
    <message>
        <source>%1: is empty; a server connection file has a [%2] section with url=postgresql://...</source>
        <translation>%1: está vacío; un archivo de conexión al servidor tiene una sección [%2] con url=postgresql://...</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text, so it is not a server connection file</source>
        <translation>%1: no es texto UTF-8, por lo que no es un archivo de conexión al servidor</translation>
    </message>
    <message>
        <source>%1:%2: a section header must end with ]</source>
        <translation>%1:%2: un encabezado de sección debe terminar en ]</translation>
    </message>
    <message>
        <source>%1:%2: expected KEY=VALUE</source>
        <translation>%1:%2: se esperaba KEY=VALUE</translation>
    </message>
    <message>
        <source>%1:%2: a setting comes before the [%3] section</source>
        <translation>%1:%2: hay un ajuste antes de la sección [%3]</translation>
    </message>
    <message>
        <source>%1:%2: a second %3= (the first is on line %4)</source>
        <translation>%1:%2: un segundo %3= (el primero está en la línea %4)</translation>
    </message>
    <message>
        <source>%1: has no [%2] section; is it a server connection file?</source>
        <translation>%1: no tiene sección [%2]; ¿es un archivo de conexión al servidor?</translation>
    </message>
    <message>
        <source>%1: gives no url=; add url=postgresql://HOST/DATABASE?project=NAME to its [%2] section</source>
        <translation>%1: no indica url=; añada url=postgresql://HOST/DATABASE?project=NAME a su sección [%2]</translation>
    </message>
    <message>
        <source>%1:%2: url= must be a postgresql:// URL</source>
        <translation>%1:%2: url= debe ser una URL postgresql://</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: user=%3 contradicts the user %4 in the url on line %5</source>
        <translation>%1:%2: user=%3 contradice el usuario %4 de la url de la línea %5</translation>
    </message>
    <message>
        <source>%1: the name of a server connection file must end in %2, so that Marginalia opens it</source>
        <translation>%1: el nombre de un archivo de conexión al servidor debe terminar en %2 para que Marginalia lo abra</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::StudentScores</name>
    <message>
        <source>%1: the key is not a coder of the project.</source>
        <translation>%1: la clave de respuestas no es un codificador del proyecto.</translation>
    </message>
    <message>
        <source>%1: one of the students is not a coder of the project.</source>
        <translation>%1: uno de los estudiantes no es un codificador del proyecto.</translation>
    </message>
    <message>
        <source>%1: the key cannot also be scored as a student.</source>
        <translation>%1: la clave de respuestas no puede evaluarse también como estudiante.</translation>
    </message>
    <message>
        <source>%1: there is no student to score: no coder but the key has coded.</source>
        <translation>%1: no hay ningún estudiante que evaluar: ningún codificador, salvo la clave de respuestas, ha codificado.</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>nada que comparar</translation>
    </message>
    <message>
        <source>the student coded nothing</source>
        <translation>el estudiante no codificó nada</translation>
    </message>
    <message>
        <source>the key coded nothing</source>
        <translation>la clave de respuestas no codificó nada</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::TextDecoder</name>
    <message>
        <source>%1: the file is not valid %2 text.</source>
        <translation>%1: el archivo no es texto %2 válido.</translation>
    </message>
    <message>
        <source>%1: the text encoding %2 is not supported.</source>
        <translation>%1: la codificación de caracteres %2 no es compatible.</translation>
    </message>
    <message>
        <source>%1: byte %2 is not valid in the encoding %3.</source>
        <translation>%1: el byte %2 no es válido en la codificación %3.</translation>
    </message>
    <message>
        <source>%1: could not decode the text as %2.</source>
        <translation>%1: no se pudo descodificar el texto como %2.</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not text (it contains NUL bytes).</source>
        <translation>%1: parece un archivo binario, no texto (contiene bytes NUL).</translation>
    </message>
    <message>
        <source>%1: the encoding detector ran out of memory.</source>
        <translation>%1: el detector de codificación se quedó sin memoria.</translation>
    </message>
    <message>
        <source>%1: the text encoding could not be recognised (the file is neither valid UTF-8 nor a known legacy encoding).</source>
        <translation>%1: no se pudo reconocer la codificación del texto (el archivo no es UTF-8 válido ni una codificación heredada conocida).</translation>
    </message>
    <message>
        <source>%1: this looks like a binary file, not text (it is full of control characters).</source>
        <translation>%1: parece un archivo binario, no texto (está lleno de caracteres de control).</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::XlsxMatrix</name>
    <message>
        <source>%1: the matrix has %2 columns; a worksheet holds at most %3. Choose fewer documents, or export it as CSV.</source>
        <translation>%1: la matriz tiene %2 columnas; una hoja de cálculo admite como máximo %3. Elija menos documentos o expórtela como CSV.</translation>
    </message>
    <message>
        <source>%1: the matrix has %2 rows; a worksheet holds at most %3.</source>
        <translation>%1: la matriz tiene %2 filas; una hoja de cálculo admite como máximo %3.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ZipArchive</name>
    <message>
        <source>%1: entry &quot;%2&quot;: %3</source>
        <translation>%1: entrada «%2»: %3</translation>
    </message>
    <message>
        <source>the entry has no name.</source>
        <translation>la entrada no tiene nombre.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>el nombre es demasiado largo.</translation>
    </message>
    <message>
        <source>the name contains control characters.</source>
        <translation>el nombre contiene caracteres de control.</translation>
    </message>
    <message>
        <source>the name contains a backslash.</source>
        <translation>el nombre contiene una barra invertida.</translation>
    </message>
    <message>
        <source>the name is an absolute path.</source>
        <translation>el nombre es una ruta absoluta.</translation>
    </message>
    <message>
        <source>the name begins with a drive letter.</source>
        <translation>el nombre empieza por una letra de unidad.</translation>
    </message>
    <message>
        <source>the name leads out of the archive (&quot;..&quot;).</source>
        <translation>el nombre sale del archivo comprimido («..»).</translation>
    </message>
    <message>
        <source>%1: this is not a ZIP archive, or it is damaged (error %2).</source>
        <translation>%1: no es un archivo ZIP, o está dañado (error %2).</translation>
    </message>
    <message>
        <source>%1: the ZIP archive&apos;s table of contents cannot be read.</source>
        <translation>%1: no se puede leer el índice del archivo ZIP.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive has %2 entries, more than the limit of %3.</source>
        <translation>%1: el archivo ZIP tiene %2 entradas, más que el límite de %3.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive has more entries than the limit of %2.</source>
        <translation>%1: el archivo ZIP tiene más entradas que el límite de %2.</translation>
    </message>
    <message>
        <source>%1: entry %2 of the ZIP archive cannot be read.</source>
        <translation>%1: no se puede leer la entrada %2 del archivo ZIP.</translation>
    </message>
    <message>
        <source>the archive holds two entries with this name.</source>
        <translation>el archivo comprimido contiene dos entradas con este nombre.</translation>
    </message>
    <message>
        <source>its position in the archive cannot be read.</source>
        <translation>no se puede leer su posición en el archivo comprimido.</translation>
    </message>
    <message>
        <source>%1: the ZIP archive&apos;s table of contents is damaged (error %2).</source>
        <translation>%1: el índice del archivo ZIP está dañado (error %2).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: no se puede leer.</translation>
    </message>
    <message>
        <source>there is no such entry in the archive.</source>
        <translation>no existe esa entrada en el archivo comprimido.</translation>
    </message>
    <message>
        <source>the entry is encrypted (password-protected).</source>
        <translation>la entrada está cifrada (protegida con contraseña).</translation>
    </message>
    <message>
        <source>the entry is a symbolic link, not a file.</source>
        <translation>la entrada es un enlace simbólico, no un archivo.</translation>
    </message>
    <message>
        <source>the entry uses compression method %1, which Marginalia does not read.</source>
        <translation>la entrada utiliza el método de compresión %1, que Marginalia no lee.</translation>
    </message>
    <message>
        <source>the entry is %1 MB uncompressed, more than the limit of %2 MB.</source>
        <translation>la entrada ocupa %1 MB sin comprimir, más que el límite de %2 MB.</translation>
    </message>
    <message>
        <source>the entry cannot be found in the archive (it is damaged).</source>
        <translation>no se encuentra la entrada en el archivo comprimido (está dañado).</translation>
    </message>
    <message>
        <source>the entry cannot be opened (the archive is damaged, error %1).</source>
        <translation>no se puede abrir la entrada (el archivo comprimido está dañado, error %1).</translation>
    </message>
    <message>
        <source>the compressed data is damaged (error %1).</source>
        <translation>los datos comprimidos están dañados (error %1).</translation>
    </message>
    <message>
        <source>reading it would take the archive past its limit of %1 MB uncompressed.</source>
        <translation>leerla haría que el archivo comprimido superase su límite de %1 MB sin comprimir.</translation>
    </message>
    <message>
        <source>the entry inflates to more than the limit of %1 MB.</source>
        <translation>la entrada descomprimida supera el límite de %1 MB.</translation>
    </message>
    <message>
        <source>the entry inflates more than %1 times its compressed size (a &quot;ZIP bomb&quot;); it is refused.</source>
        <translation>la entrada descomprimida ocupa más de %1 veces su tamaño comprimido (una «bomba ZIP»); se rechaza.</translation>
    </message>
    <message>
        <source>the checksum does not match: the archive is damaged.</source>
        <translation>la suma de comprobación no coincide: el archivo comprimido está dañado.</translation>
    </message>
    <message>
        <source>the entry cannot be read completely (error %1).</source>
        <translation>no se puede leer la entrada completa (error %1).</translation>
    </message>
    <message>
        <source>its size does not match the archive&apos;s table of contents.</source>
        <translation>su tamaño no coincide con el índice del archivo comprimido.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Core::ZipWriter</name>
    <message>
        <source>%1: the archive is already open.</source>
        <translation>%1: el archivo comprimido ya está abierto.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot start the ZIP archive (error %2).</source>
        <translation>%1: no se puede iniciar el archivo ZIP (error %2).</translation>
    </message>
    <message>
        <source>%1: the archive is not open for writing.</source>
        <translation>%1: el archivo comprimido no está abierto para escritura.</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: the name is not in normal form (&quot;%3&quot;).</source>
        <translation>%1: entrada «%2»: el nombre no está en forma normal («%3»).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: the archive already has an entry with this name.</source>
        <translation>%1: entrada «%2»: el archivo comprimido ya tiene una entrada con este nombre.</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be started (error %3).</source>
        <translation>%1: entrada «%2»: no se puede iniciar (error %3).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be written (error %3).</source>
        <translation>%1: entrada «%2»: no se puede escribir (error %3).</translation>
    </message>
    <message>
        <source>%1: entry &quot;%2&quot;: cannot be written: %3</source>
        <translation>%1: entrada «%2»: no se puede escribir: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the archive was not written completely; nothing was saved.</source>
        <translation>%1: el archivo comprimido no se escribió completo; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1: cannot finish the ZIP archive (error %2); nothing was saved.</source>
        <translation>%1: no se puede finalizar el archivo ZIP (error %2); no se guardó nada.</translation>
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
        <translation>n. d.</translation>
    </message>
    <message>
        <source>Code / document</source>
        <translation>Código / documento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
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
        <translation>La proporción de caracteres en la que todos los codificadores coincidieron: todos los codificaron o ninguno lo hizo.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, two coders only: agreement corrected for chance, from each coder&apos;s share of coded characters (as NVivo computes it).</source>
        <translation>Kappa de Cohen, solo dos codificadores: acuerdo corregido por el azar, a partir de la proporción de caracteres codificados por cada codificador (como lo calcula NVivo).</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa: agreement of two or more coders corrected for chance, from the pooled share of coded characters.</source>
        <translation>Kappa de Fleiss: acuerdo de dos o más codificadores corregido por el azar, a partir de la proporción agregada de caracteres codificados.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal), each character coded or not by every coder.</source>
        <translation>Alfa de Krippendorff (nominal), con cada carácter codificado o no por cada codificador.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s unitizing alpha: agreement on where coded segments begin and end.</source>
        <translation>Alfa de unitización de Krippendorff: acuerdo sobre dónde empiezan y terminan los segmentos codificados.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeDelegate</name>
    <message>
        <source>(no value)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeRemoval</name>
    <message>
        <source>Remove Case Attribute</source>
        <translation>Eliminar atributo de caso</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Eliminar atributo</translation>
    </message>
    <message>
        <source>Case attribute to remove:</source>
        <translation>Atributo de caso que eliminar:</translation>
    </message>
    <message>
        <source>Attribute to remove:</source>
        <translation>Atributo que eliminar:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::AttributeTableModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>The case&apos;s name (double-click or F2 to rename it)</source>
        <translation>El nombre del caso (doble clic o F2 para renombrarlo)</translation>
    </message>
    <message>
        <source>The document&apos;s name (rename it in the Documents panel)</source>
        <translation>El nombre del documento (renómbrelo en el panel Documentos)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
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
            <numerusform>¿Eliminar el atributo «%1» y sus valores de %n documento? Deshacer los recupera.</numerusform>
            <numerusform>¿Eliminar el atributo «%1» y sus valores de %n documentos? Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Set...</source>
        <translation>Guardar como conjunto...</translation>
    </message>
    <message>
        <source>New Attribute...</source>
        <translation>Nuevo atributo...</translation>
    </message>
    <message>
        <source>Remove Attribute...</source>
        <translation>Eliminar atributo...</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>Importar CSV...</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Show documents where... (e.g. year &gt;= 2017 and type = resolution)</source>
        <translation>Mostrar documentos donde... (p. ej., year &gt;= 2017 and type = resolution)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>A condition on the attributes: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; values with spaces in quotes</source>
        <translation>Una condición sobre los atributos: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; los valores con espacios, entre comillas</translation>
    </message>
    <message>
        <source>Save the documents meeting the condition as a set (without a condition: the selected documents), to limit analyses to them</source>
        <translation>Guardar los documentos que cumplen la condición como conjunto (sin condición: los documentos seleccionados) para limitar a ellos los análisis</translation>
    </message>
    <message>
        <source>Add a variable of the documents: text, number, date, yes/no or a list</source>
        <translation>Añadir una variable de los documentos: texto, número, fecha, sí/no o una lista</translation>
    </message>
    <message>
        <source>Remove the attribute of the current column with its values</source>
        <translation>Eliminar el atributo de la columna actual con sus valores</translation>
    </message>
    <message>
        <source>Read attributes from a CSV table with a row per document (the first column names the document)</source>
        <translation>Leer atributos de una tabla CSV con una fila por documento (la primera columna indica el documento)</translation>
    </message>
    <message>
        <source>Write the attributes as a CSV table with a row per document</source>
        <translation>Escribir los atributos como tabla CSV con una fila por documento</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 de %n documento</numerusform>
            <numerusform>%1 de %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Import Attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Attributes</source>
        <translation>Exportar atributos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of the %n selected document(s):</source>
        <translation>
            <numerusform>Nombre del conjunto (%n documento seleccionado):</numerusform>
            <numerusform>Nombre del conjunto (%n documentos seleccionados):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name of the set of documents where %1 (%n now):</source>
        <translation>
            <numerusform>Nombre del conjunto de documentos donde %1 (%n ahora):</numerusform>
            <numerusform>Nombre del conjunto de documentos donde %1 (%n ahora):</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Set</source>
        <translation>Guardar como conjunto</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CasesPanel</name>
    <message numerus="yes">
        <source>Remove the case attribute &quot;%1&quot; and its values of %n case(s)? Undo brings them back.</source>
        <translation>
            <numerusform>¿Eliminar el atributo de caso «%1» y sus valores de %n caso? Deshacer los recupera.</numerusform>
            <numerusform>¿Eliminar el atributo de caso «%1» y sus valores de %n casos? Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Case...</source>
        <translation>Nuevo caso...</translation>
    </message>
    <message>
        <source>Remove Case...</source>
        <translation>Eliminar caso...</translation>
    </message>
    <message>
        <source>New Attribute...</source>
        <translation>Nuevo atributo...</translation>
    </message>
    <message>
        <source>Remove Attribute...</source>
        <translation>Eliminar atributo...</translation>
    </message>
    <message>
        <source>Remove from Case</source>
        <translation>Quitar del caso</translation>
    </message>
    <message>
        <source>Add a case: a country, an organisation, a participant</source>
        <translation>Añadir un caso: un país, una organización, un participante</translation>
    </message>
    <message>
        <source>Remove the current case with its values and members (not the documents)</source>
        <translation>Eliminar el caso actual con sus valores y miembros (no los documentos)</translation>
    </message>
    <message>
        <source>Add a variable of the cases: text, number, date, yes/no or a list</source>
        <translation>Añadir una variable de los casos: texto, número, fecha, sí/no o una lista</translation>
    </message>
    <message>
        <source>Remove the case attribute of the current column with its values</source>
        <translation>Eliminar el atributo de caso de la columna actual con sus valores</translation>
    </message>
    <message>
        <source>Take the selected documents or passages out of the case (the documents stay)</source>
        <translation>Quitar del caso los documentos o fragmentos seleccionados (los documentos se conservan)</translation>
    </message>
    <message>
        <source>Memo on the case: who or what it is, why these documents</source>
        <translation>Memo sobre el caso: quién o qué es, por qué estos documentos</translation>
    </message>
    <message>
        <source>Case memo</source>
        <translation>Memo del caso</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Assign documents and passages with Documents › Assign Document to Case and Assign Selection to Case, also in the text&apos;s context menu; double-click one to show it</source>
        <translation>Asigne documentos y fragmentos con Documentos › Asignar documento a caso y Asignar selección a caso, también disponibles en el menú contextual del texto; haga doble clic en uno para mostrarlo</translation>
    </message>
    <message>
        <source>Documents and passages of the case</source>
        <translation>Documentos y fragmentos del caso</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Memo on &quot;%1&quot;:</source>
        <translation>&amp;Memo sobre «%1»:</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>documento completo</translation>
    </message>
    <message>
        <source>passage %1–%2</source>
        <translation>fragmento %1–%2</translation>
    </message>
    <message>
        <source>Nothing in &quot;%1&quot; yet: use Documents › Assign Document to Case.</source>
        <translation>Todavía no hay nada en «%1»: utilice Documentos › Asignar documento a caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) or passage(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n documento o fragmento en «%1»:</numerusform>
            <numerusform>%n documentos o fragmentos en «%1»:</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases yet: add one with New Case.</source>
        <translation>Todavía no hay casos: añada uno con Nuevo caso.</translation>
    </message>
    <message>
        <source>Choose a case to see its documents.</source>
        <translation>Elija un caso para ver sus documentos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A case needs a name: &quot;%1&quot; keeps its own.</source>
        <translation>Un caso necesita un nombre: «%1» conserva el suyo.</translation>
    </message>
    <message>
        <source>There is already a case named &quot;%1&quot;.</source>
        <translation>Ya existe un caso llamado «%1».</translation>
    </message>
    <message>
        <source>New case...</source>
        <translation>Nuevo caso...</translation>
    </message>
    <message>
        <source>Assign to Case</source>
        <translation>Asignar a caso</translation>
    </message>
    <message>
        <source>Assign %1 to the case:</source>
        <translation>Asignar %1 al caso:</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Name of the new case:</source>
        <translation>Nombre del nuevo caso:</translation>
    </message>
    <message>
        <source>Name of the case (a country, an organisation, a participant):</source>
        <translation>Nombre del caso (un país, una organización, un participante):</translation>
    </message>
    <message>
        <source>Remove Case</source>
        <translation>Eliminar caso</translation>
    </message>
    <message numerus="yes">
        <source>Remove the case &quot;%1&quot; with its values and its %n document(s) or passage(s)? The documents stay; undo brings the case back.</source>
        <translation>
            <numerusform>¿Eliminar el caso «%1» con sus valores y su %n documento o fragmento? Los documentos se conservan; Deshacer recupera el caso.</numerusform>
            <numerusform>¿Eliminar el caso «%1» con sus valores y sus %n documentos o fragmentos? Los documentos se conservan; Deshacer recupera el caso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ClassViewPanel</name>
    <message>
        <source>Key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <source>The coder whose codings are the key the students are scored against</source>
        <translation>El codificador cuyas codificaciones son la clave de respuestas con la que se evalúa a los estudiantes</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadístico</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Porcentaje de acuerdo</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>Alfa de unitización</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Double-click a student&apos;s cell to review their disagreements with the key on that code</source>
        <translation>Haga doble clic en la celda de un estudiante para revisar sus desacuerdos con la clave de respuestas en ese código</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave de respuestas:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Open a project to see its class.</source>
        <translation>Abra un proyecto para ver su clase.</translation>
    </message>
    <message>
        <source>Choose the key: the coder the students are scored against.</source>
        <translation>Elija la clave de respuestas: el codificador con el que se evalúa a los estudiantes.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Pooled over every code the student or the key coded</source>
        <translation>Agregado para todos los códigos que codificó el estudiante o la clave de respuestas</translation>
    </message>
    <message>
        <source>%1 on %2: precision %3, recall %4</source>
        <translation>%1 en %2: precisión %3, exhaustividad %4</translation>
    </message>
    <message>
        <source>all codes</source>
        <translation>todos los códigos</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CodebookModel</name>
    <message>
        <source>A folder of codes: not applied to text.</source>
        <translation>Una carpeta de códigos: no se aplica al texto.</translation>
    </message>
    <message>
        <source>%1 codings, %2 with subcodes</source>
        <translation>%1 codificaciones, %2 con subcódigos</translation>
    </message>
    <message>
        <source>Codings of this code</source>
        <translation>Codificaciones de este código</translation>
    </message>
    <message>
        <source>Codings of this code and its subcodes</source>
        <translation>Codificaciones de este código y sus subcódigos</translation>
    </message>
    <message>
        <source>Quick-key: press it in the text to apply the code</source>
        <translation>Tecla rápida: púlsela en el texto para aplicar el código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CodebookPanel</name>
    <message>
        <source>New Code...</source>
        <translation>Nuevo código...</translation>
    </message>
    <message>
        <source>New Subcode...</source>
        <translation>Nuevo subcódigo...</translation>
    </message>
    <message>
        <source>Code Selection</source>
        <translation>Codificar selección</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Colour...</source>
        <translation>Color...</translation>
    </message>
    <message>
        <source>Description...</source>
        <translation>Descripción...</translation>
    </message>
    <message>
        <source>Pin to Key</source>
        <translation>Asignar a una tecla</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Quitar tecla</translation>
    </message>
    <message>
        <source>Add to Code Set...</source>
        <translation>Añadir a conjunto de códigos...</translation>
    </message>
    <message>
        <source>Merge Into...</source>
        <translation>Fusionar en...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Eliminar...</translation>
    </message>
    <message>
        <source>New Subcode</source>
        <translation>Nuevo subcódigo</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Description of &quot;%1&quot;</source>
        <translation>Descripción de «%1»</translation>
    </message>
    <message>
        <source>What the code means, when to use it and when not:</source>
        <translation>Qué significa el código, cuándo utilizarlo y cuándo no:</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot;</source>
        <translation>Fusionar «%1»</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; and its codings into:</source>
        <translation>Fusionar «%1» y sus codificaciones en:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::Commands</name>
    <message>
        <source>There is no case attribute named &quot;%1&quot; any more.</source>
        <translation>Ya no existe ningún atributo de caso llamado «%1».</translation>
    </message>
    <message>
        <source>There is no attribute named &quot;%1&quot; any more.</source>
        <translation>Ya no existe ningún atributo llamado «%1».</translation>
    </message>
    <message>
        <source>restoring attributes</source>
        <translation>restaurando atributos</translation>
    </message>
    <message>
        <source>Clear %1 of &quot;%2&quot;</source>
        <translation>Borrar %1 de «%2»</translation>
    </message>
    <message>
        <source>Set %1 of &quot;%2&quot; to %3</source>
        <translation>Establecer %1 de «%2» en %3</translation>
    </message>
    <message>
        <source>Add case attribute %1 (%2)</source>
        <translation>Añadir atributo de caso %1 (%2)</translation>
    </message>
    <message>
        <source>Add attribute %1 (%2)</source>
        <translation>Añadir atributo %1 (%2)</translation>
    </message>
    <message>
        <source>Remove case attribute %1</source>
        <translation>Eliminar el atributo de caso %1</translation>
    </message>
    <message>
        <source>Remove attribute %1</source>
        <translation>Eliminar el atributo %1</translation>
    </message>
    <message>
        <source>restoring an attribute</source>
        <translation>restaurando un atributo</translation>
    </message>
    <message>
        <source>Import attributes from %1</source>
        <translation>Importar atributos desde %1</translation>
    </message>
    <message>
        <source>Add set &quot;%1&quot;</source>
        <translation>Añadir conjunto «%1»</translation>
    </message>
    <message>
        <source>There is no set named &quot;%1&quot; any more.</source>
        <translation>Ya no existe ningún conjunto llamado «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2–%3</source>
        <translation>&quot;%1&quot; %2–%3</translation>
    </message>
    <message>
        <source>There is no case &quot;%1&quot; any more.</source>
        <translation>Ya no existe el caso «%1».</translation>
    </message>
    <message>
        <source>Add case &quot;%1&quot;</source>
        <translation>Añadir caso «%1»</translation>
    </message>
    <message>
        <source>Rename case &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renombrar el caso «%1» como «%2»</translation>
    </message>
    <message>
        <source>Edit memo on case &quot;%1&quot;</source>
        <translation>Editar el memo del caso «%1»</translation>
    </message>
    <message>
        <source>Remove case &quot;%1&quot;</source>
        <translation>Eliminar el caso «%1»</translation>
    </message>
    <message>
        <source>restoring a case</source>
        <translation>restaurando un caso</translation>
    </message>
    <message>
        <source>Clear %1 of case &quot;%2&quot;</source>
        <translation>Borrar %1 del caso «%2»</translation>
    </message>
    <message>
        <source>Set %1 of case &quot;%2&quot; to %3</source>
        <translation>Establecer %1 del caso «%2» en %3</translation>
    </message>
    <message>
        <source>Assign %1 to new case &quot;%2&quot;</source>
        <translation>Asignar %1 al nuevo caso «%2»</translation>
    </message>
    <message>
        <source>Assign %1 to case &quot;%2&quot;</source>
        <translation>Asignar %1 al caso «%2»</translation>
    </message>
    <message>
        <source>assigning to a case</source>
        <translation>asignando a un caso</translation>
    </message>
    <message>
        <source>taking back an assignment to a case</source>
        <translation>retirando una asignación a un caso</translation>
    </message>
    <message>
        <source>Take %1 out of case &quot;%2&quot;</source>
        <translation>Quitar %1 del caso «%2»</translation>
    </message>
    <message>
        <source>New code &quot;%1&quot;</source>
        <translation>Nuevo código «%1»</translation>
    </message>
    <message>
        <source>Rename code &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renombrar el código «%1» como «%2»</translation>
    </message>
    <message>
        <source>Change colour of &quot;%1&quot;</source>
        <translation>Cambiar el color de «%1»</translation>
    </message>
    <message>
        <source>Describe &quot;%1&quot;</source>
        <translation>Describir «%1»</translation>
    </message>
    <message>
        <source>The code was deleted meanwhile, by someone else.</source>
        <translation>Otra persona eliminó el código entretanto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>Otra persona modificó «%1» mientras usted lo editaba. Su cambio no se ha guardado para no sobrescribir el de esa persona: revise su cambio y vuelva a hacer el suyo.</translation>
    </message>
    <message>
        <source>Move code &quot;%1&quot;</source>
        <translation>Mover el código «%1»</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionar «%1» en «%2»</translation>
    </message>
    <message>
        <source>Delete code &quot;%1&quot;</source>
        <translation>Eliminar el código «%1»</translation>
    </message>
    <message>
        <source>removing codings</source>
        <translation>eliminando codificaciones</translation>
    </message>
    <message>
        <source>undoing a coding</source>
        <translation>deshaciendo una codificación</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Eliminar codificación</translation>
    </message>
    <message>
        <source>Remove %1 codings</source>
        <translation>Eliminar %1 codificaciones</translation>
    </message>
    <message>
        <source>Change coding range</source>
        <translation>Cambiar el rango de la codificación</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renombrar «%1» como «%2»</translation>
    </message>
    <message>
        <source>removing documents</source>
        <translation>eliminando documentos</translation>
    </message>
    <message>
        <source>restoring documents</source>
        <translation>restaurando documentos</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot;</source>
        <translation>Importar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Importar %n documento</numerusform>
            <numerusform>Importar %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import codebook %1</source>
        <translation>Importar libro de códigos %1</translation>
    </message>
    <message>
        <source>undoing a codebook import</source>
        <translation>deshaciendo una importación de libro de códigos</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Editar memo</translation>
    </message>
    <message>
        <source>This memo was changed by someone else while you were editing it. Your change was not saved, so that theirs is not overwritten: look at theirs, then make yours again.</source>
        <translation>Otra persona modificó este memo mientras usted lo editaba. Su cambio no se ha guardado para no sobrescribir el de esa persona: revise su cambio y vuelva a hacer el suyo.</translation>
    </message>
    <message>
        <source>Remove set &quot;%1&quot;</source>
        <translation>Eliminar el conjunto «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to set &quot;%1&quot;</source>
        <translation>
            <numerusform>Añadir %n documento al conjunto «%1»</numerusform>
            <numerusform>Añadir %n documentos al conjunto «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Add code set &quot;%1&quot;</source>
        <translation>Añadir conjunto de códigos «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to code set &quot;%1&quot;</source>
        <translation>
            <numerusform>Añadir %n código al conjunto de códigos «%1»</numerusform>
            <numerusform>Añadir %n códigos al conjunto de códigos «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove code set &quot;%1&quot;</source>
        <translation>Eliminar el conjunto de códigos «%1»</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::CompareCodersPanel</name>
    <message>
        <source>With subcodes</source>
        <translation>Con subcódigos</translation>
    </message>
    <message>
        <source>Review Disagreements...</source>
        <translation>Revisar desacuerdos...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export Image...</source>
        <translation>Exportar imagen...</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Codificadores que comparar</translation>
    </message>
    <message>
        <source>Tick the coders to compare: two for Cohen&apos;s kappa and the disagreement review, more for Fleiss&apos; kappa and Krippendorff&apos;s alpha</source>
        <translation>Marque los codificadores que comparar: dos para la kappa de Cohen y la revisión de desacuerdos, más para la kappa de Fleiss y el alfa de Krippendorff</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Compare every code, or one</source>
        <translation>Comparar todos los códigos, o uno</translation>
    </message>
    <message>
        <source>A code covers what its subcodes cover too</source>
        <translation>Un código abarca también lo que abarcan sus subcódigos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Compare over every document the coders coded in, or one</source>
        <translation>Comparar en todos los documentos en los que codificaron los codificadores, o en uno</translation>
    </message>
    <message>
        <source>Go through every place where the two ticked coders differ on the selected code and settle it into a consensus coder&apos;s codings</source>
        <translation>Recorrer cada lugar en el que los dos codificadores marcados difieren en el código seleccionado y resolverlo en las codificaciones de un codificador de consenso</translation>
    </message>
    <message>
        <source>Write the table to a CSV file, per code or per code and document</source>
        <translation>Escribir la tabla en un archivo CSV, por código o por código y documento</translation>
    </message>
    <message>
        <source>By Code...</source>
        <translation>Por código...</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>Exportar acuerdo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>By Code and Document...</source>
        <translation>Por código y documento...</translation>
    </message>
    <message>
        <source>Save the table as it is shown as a PNG image</source>
        <translation>Guardar la tabla, tal como se muestra, como imagen PNG</translation>
    </message>
    <message>
        <source>Export Agreement Table</source>
        <translation>Exportar tabla de acuerdo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>All coded documents</source>
        <translation>Todos los documentos codificados</translation>
    </message>
    <message>
        <source>Open a project to compare its coders.</source>
        <translation>Abra un proyecto para comparar sus codificadores.</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare.</source>
        <translation>Marque dos o más codificadores que comparar.</translation>
    </message>
    <message>
        <source>Tick exactly two coders and select a code to review their disagreements</source>
        <translation>Marque exactamente dos codificadores y seleccione un código para revisar sus desacuerdos</translation>
    </message>
    <message>
        <source>There is no comparison to export: %1</source>
        <translation>No hay ninguna comparación que exportar: %1</translation>
    </message>
    <message>
        <source>The table has no size to draw at; show the panel first.</source>
        <translation>La tabla no tiene un tamaño con el que dibujarse; muestre antes el panel.</translation>
    </message>
    <message>
        <source>encoding the image failed</source>
        <translation>error al codificar la imagen</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DisagreementReview</name>
    <message>
        <source>one coder&apos;s version</source>
        <translation>versión de un codificador</translation>
    </message>
    <message>
        <source>union</source>
        <translation>unión</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersección</translation>
    </message>
    <message>
        <source>not coded</source>
        <translation>sin codificar</translation>
    </message>
    <message>
        <source>adjusted range</source>
        <translation>rango ajustado</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Review Disagreements: %1</source>
        <translation>Revisión de desacuerdos: %1</translation>
    </message>
    <message>
        <source>%1: %2 and %3, settled as %4</source>
        <translation>%1: %2 y %3, resuelto como %4</translation>
    </message>
    <message>
        <source> (with subcodes)</source>
        <translation> (con subcódigos)</translation>
    </message>
    <message>
        <source>The previous disagreement (Alt+Up, Shift+F8)</source>
        <translation>El desacuerdo anterior (Alt+Up, Shift+F8)</translation>
    </message>
    <message>
        <source>The next disagreement (Alt+Down, F8)</source>
        <translation>El desacuerdo siguiente (Alt+Down, F8)</translation>
    </message>
    <message>
        <source>Accept %1</source>
        <translation>Aceptar %1</translation>
    </message>
    <message>
        <source>Code exactly what %1 coded here</source>
        <translation>Codificar exactamente lo que %1 codificó aquí</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Unión</translation>
    </message>
    <message>
        <source>Code everything either coder coded here</source>
        <translation>Codificar todo lo que cualquiera de los codificadores codificó aquí</translation>
    </message>
    <message>
        <source>Intersection</source>
        <translation>Intersección</translation>
    </message>
    <message>
        <source>Code only what both coders coded here</source>
        <translation>Codificar solo lo que ambos codificadores codificaron aquí</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Leave this passage uncoded</source>
        <translation>Dejar este fragmento sin codificar</translation>
    </message>
    <message>
        <source>Use Selection</source>
        <translation>Usar selección</translation>
    </message>
    <message>
        <source>Code the text selected now (select to adjust the boundaries)</source>
        <translation>Codificar el texto seleccionado ahora (seleccione para ajustar los límites)</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 de %2 revisados</translation>
    </message>
    <message>
        <source>%1 and %2 agree everywhere on this code: nothing to review.</source>
        <translation>%1 y %2 coinciden en todo en este código: no hay nada que revisar.</translation>
    </message>
    <message>
        <source>&lt;i&gt;nothing&lt;/i&gt;</source>
        <translation>&lt;i&gt;nada&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 in &quot;%3&quot;, characters %4 to %5</source>
        <translation>Desacuerdo %1 de %2 en «%3», caracteres %4 a %5</translation>
    </message>
    <message>
        <source>decided (%1); undo to decide again</source>
        <translation>decidido (%1); deshaga para volver a decidir</translation>
    </message>
    <message>
        <source>decided (%1&apos;s version); undo to decide again</source>
        <translation>decidido (versión de %1); deshaga para volver a decidir</translation>
    </message>
    <message>
        <source>Review %1: %2</source>
        <translation>Revisar %1: %2</translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation>aceptar %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentImport</name>
    <message>
        <source>Importing documents...</source>
        <translation>Importando documentos...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot; (%2 of %3)...</source>
        <translation>Importando «%1» (%2 de %3)...</translation>
    </message>
    <message>
        <source>Already in the Project</source>
        <translation>Ya está en el proyecto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the project, as the document &quot;%2&quot;.</source>
        <translation>«%1» ya está en el proyecto, como el documento «%2».</translation>
    </message>
    <message>
        <source>Import it again as another document, or skip it?</source>
        <translation>¿Importarlo de nuevo como otro documento u omitirlo?</translation>
    </message>
    <message>
        <source>Import Again</source>
        <translation>Importar de nuevo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Do the same for the other files already in the project</source>
        <translation>Hacer lo mismo con los demás archivos que ya están en el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %1 of %n file(s): the %1 finished are kept.</source>
        <translation>
            <numerusform>Importación cancelada tras %1 de %n archivo: se conservan los %1 terminados.</numerusform>
            <numerusform>Importación cancelada tras %1 de %n archivos: se conservan los %1 terminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>Importados: %1 de %n archivo.</numerusform>
            <numerusform>Importados: %1 de %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n archivo rechazado.</numerusform>
            <numerusform>%n archivos rechazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folders are not documents and were left out.</source>
        <translation>
            <numerusform>%n archivo de las carpetas no es un documento y se ha omitido.</numerusform>
            <numerusform>%n archivos de las carpetas no son documentos y se han omitido.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a document Marginalia imports; left out.</source>
        <translation>%1: no es un documento que Marginalia importe; se ha omitido.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentListModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentScopeBar</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Count every document, the documents of a set, or those meeting a condition on their attributes</source>
        <translation>Contar todos los documentos, los de un conjunto o los que cumplen una condición sobre sus atributos</translation>
    </message>
    <message>
        <source>Documents where... (e.g. year &gt;= 2017 and type = resolution)</source>
        <translation>Documentos donde... (p. ej., year &gt;= 2017 and type = resolution)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>A condition on the attributes: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; values with spaces in quotes. Applied with Enter.</source>
        <translation>Una condición sobre los atributos: =, !=, &lt;, &lt;=, &gt;, &gt;=, contains; and, or, not; los valores con espacios, entre comillas. Se aplica con Enter.</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Set: %1</source>
        <translation>Conjunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n listed document(s)</source>
        <translation>
            <numerusform>%1: %n documento de la lista</numerusform>
            <numerusform>%1: %n documentos de la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the documents where %2</source>
        <translation>%1: los documentos donde %2</translation>
    </message>
    <message>
        <source>Documents where...</source>
        <translation>Documentos donde...</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 de %n documento</numerusform>
            <numerusform>%1 de %n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in scope</source>
        <translation>
            <numerusform>%n documento en el ámbito</numerusform>
            <numerusform>%n documentos en el ámbito</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentView</name>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>págs. %1–%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codificador desconocido</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::DocumentsPanel</name>
    <message>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
    <message>
        <source>Import Documents...</source>
        <translation>Importar documentos...</translation>
    </message>
    <message>
        <source>Import Folder...</source>
        <translation>Importar carpeta...</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Remove from Project...</source>
        <translation>Quitar del proyecto...</translation>
    </message>
    <message>
        <source>Add to Set...</source>
        <translation>Añadir a conjunto...</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Documents (%1);;All files (*)</source>
        <translation>Documentos (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Documents</source>
        <translation>Importar una carpeta de documentos</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ExcerptModel</name>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more characters)</source>
        <translation>
            <numerusform>(%n carácter más)</numerusform>
            <numerusform>(%n caracteres más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragmento</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FileExport</name>
    <message>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FindBar</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Expr. regular</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Invalid pattern</source>
        <translation>Patrón no válido</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Enter, F3)</translation>
    </message>
    <message>
        <source>Match case: &quot;UN&quot; does not find &quot;un&quot;</source>
        <translation>Distinguir mayúsculas y minúsculas: «UN» no encuentra «un»</translation>
    </message>
    <message>
        <source>Only matches that are whole words: &quot;protect&quot; does not find &quot;protection&quot;</source>
        <translation>Solo coincidencias que sean palabras completas: «protect» no encuentra «protection»</translation>
    </message>
    <message>
        <source>The query is a regular expression (Perl syntax), such as &quot;refugees?&quot;</source>
        <translation>La consulta es una expresión regular (sintaxis de Perl), como «refugees?»</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Patrón no válido: %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyChart</name>
    <message>
        <source>No codings to count yet</source>
        <translation>Todavía no hay codificaciones que contar</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n codes)</source>
        <translation>
            <numerusform>Otros (%n código)</numerusform>
            <numerusform>Otros (%n códigos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per code</source>
        <translation>Codificaciones por código</translation>
    </message>
    <message numerus="yes">
        <source>Other codes (%n)</source>
        <translation>
            <numerusform>Otros códigos (%n)</numerusform>
            <numerusform>Otros códigos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Codings per document: the %1 of %2 documents with the most codings</source>
        <translation>Codificaciones por documento: los %1 de %2 documentos con más codificaciones</translation>
    </message>
    <message>
        <source>Codings per coder: the %1 of %2 coders with the most codings</source>
        <translation>Codificaciones por codificador: los %1 de %2 codificadores con más codificaciones</translation>
    </message>
    <message>
        <source>Codings per document and code</source>
        <translation>Codificaciones por documento y código</translation>
    </message>
    <message>
        <source>Codings per coder and code</source>
        <translation>Codificaciones por codificador y código</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyModel</name>
    <message>
        <source>Number of codings</source>
        <translation>Número de codificaciones</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Number of documents with at least one coding</source>
        <translation>Número de documentos con al menos una codificación</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Characters covered: overlapping codings of one code count each character once</source>
        <translation>Caracteres abarcados: las codificaciones solapadas de un mismo código cuentan cada carácter una sola vez</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Codings of the code and all its subcodes</source>
        <translation>Codificaciones del código y de todos sus subcódigos</translation>
    </message>
    <message>
        <source>Codings incl. subcodes</source>
        <translation>Codificaciones incl. subcódigos</translation>
    </message>
    <message>
        <source>Documents where the code or one of its subcodes occurs</source>
        <translation>Documentos en los que aparece el código o uno de sus subcódigos</translation>
    </message>
    <message>
        <source>Documents incl. subcodes</source>
        <translation>Documentos incl. subcódigos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::FrequencyPanel</name>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export Chart...</source>
        <translation>Exportar gráfico...</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Por código</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Por documento</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>Por codificador</translation>
    </message>
    <message>
        <source>Count codings per code, per document and code, or per coder and code</source>
        <translation>Contar las codificaciones por código, por documento y código, o por codificador y código</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Count every coder&apos;s codings or one coder&apos;s</source>
        <translation>Contar las codificaciones de todos los codificadores o de uno solo</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Write this table to a CSV file for a spreadsheet, R or Python</source>
        <translation>Escribir esta tabla en un archivo CSV para una hoja de cálculo, R o Python</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>encoding the image failed</source>
        <translation>error al codificar la imagen</translation>
    </message>
    <message>
        <source>Export Frequencies</source>
        <translation>Exportar frecuencias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Guardar el gráfico como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Code frequencies, drawn by Marginalia</source>
        <translation>Frecuencias de los códigos, dibujadas por Marginalia</translation>
    </message>
    <message>
        <source>the drawing could not be started</source>
        <translation>no se pudo empezar el dibujo</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Imágenes PNG (*.png);;Dibujos SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HelpBrowser</name>
    <message>
        <source>Marginalia User Guide</source>
        <translation>Guía del usuario de Marginalia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the page or place shown before (Alt+Left)</source>
        <translation>Volver a la página o al lugar mostrado antes (Alt+Left)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The user guide&apos;s first page</source>
        <translation>La primera página de la guía del usuario</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::HistoryPanel</name>
    <message>
        <source>Project opened</source>
        <translation>Proyecto abierto</translation>
    </message>
    <message>
        <source>Before %1 (cannot be undone)</source>
        <translation>Antes de %1 (ya no se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MainWindow</name>
    <message>
        <source>Could not %1: %2 The step is taken off the undo history; the rest of it stays.</source>
        <translation>No se pudo %1: %2 El paso se retira del historial de deshacer; el resto se mantiene.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Coded Passages</source>
        <translation>Fragmentos codificados</translation>
    </message>
    <message>
        <source>Frequencies</source>
        <translation>Frecuencias</translation>
    </message>
    <message>
        <source>Compare Coders</source>
        <translation>Comparar codificadores</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nuevo proyecto...</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Abrir proyecto...</translation>
    </message>
    <message>
        <source>Open &amp;Server Project...</source>
        <translation>Abrir proyecto en ser&amp;vidor...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Documents...</source>
        <translation>&amp;Importar documentos...</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>Importar &amp;carpeta...</translation>
    </message>
    <message>
        <source>&amp;Hand Out Copy...</source>
        <translation>Re&amp;partir una copia...</translation>
    </message>
    <message>
        <source>&amp;Merge Projects...</source>
        <translation>&amp;Fusionar proyectos...</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Project (.qdpx)...</source>
        <translation>Importar pro&amp;yecto REFI-QDA (.qdpx)...</translation>
    </message>
    <message>
        <source>Import REFI-QDA &amp;Codebook (.qdc)...</source>
        <translation>Importar &amp;libro de códigos REFI-QDA (.qdc)...</translation>
    </message>
    <message>
        <source>&amp;Export as REFI-QDA Project (.qdpx)...</source>
        <translation>&amp;Exportar como proyecto REFI-QDA (.qdpx)...</translation>
    </message>
    <message>
        <source>Export REFI-QDA Code&amp;book (.qdc)...</source>
        <translation>Exportar li&amp;bro de códigos REFI-QDA (.qdc)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>Codificar &amp;in vivo</translation>
    </message>
    <message>
        <source>Code With &amp;Selected Code</source>
        <translation>Codificar con el código &amp;seleccionado</translation>
    </message>
    <message>
        <source>&amp;Find in Document...</source>
        <translation>&amp;Buscar en el documento...</translation>
    </message>
    <message>
        <source>Search &amp;Project...</source>
        <translation>Buscar en el &amp;proyecto...</translation>
    </message>
    <message>
        <source>&amp;Codes</source>
        <translation>&amp;Códigos</translation>
    </message>
    <message>
        <source>&amp;New Code...</source>
        <translation>&amp;Nuevo código...</translation>
    </message>
    <message>
        <source>New &amp;Subcode...</source>
        <translation>Nuevo &amp;subcódigo...</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Aná&amp;lisis</translation>
    </message>
    <message>
        <source>&amp;Compare Coders</source>
        <translation>&amp;Comparar codificadores</translation>
    </message>
    <message>
        <source>&amp;Review Disagreements...</source>
        <translation>&amp;Revisar desacuerdos...</translation>
    </message>
    <message>
        <source>C&amp;lass View</source>
        <translation>Vista de c&amp;lase</translation>
    </message>
    <message>
        <source>Code &amp;Matrix</source>
        <translation>&amp;Matriz de códigos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Snap Selection to Whole Words</source>
        <translation>A&amp;justar la selección a palabras completas</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Text &amp;Font...</source>
        <translation>&amp;Fuente del texto...</translation>
    </message>
    <message>
        <source>Text Font</source>
        <translation>Fuente del texto</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>C&amp;olores</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Bottom Panels</source>
        <translation>&amp;Paneles inferiores</translation>
    </message>
    <message>
        <source>Show or hide the panels below the text, to read with the whole height</source>
        <translation>Mostrar u ocultar los paneles situados bajo el texto, para leer con toda la altura</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Acerca de Marginalia</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Acerca de Marginalia</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source> Coder: </source>
        <translation> Codificador: </translation>
    </message>
    <message>
        <source>The coder whose name goes on new codings. Type a name and press Enter to code as someone else; a new name becomes a coder of the project with its first coding.</source>
        <translation>El codificador cuyo nombre figura en las nuevas codificaciones. Escriba un nombre y pulse Enter para codificar como otra persona; un nombre nuevo pasa a ser codificador del proyecto con su primera codificación.</translation>
    </message>
    <message>
        <source>  View codings of: </source>
        <translation>  Ver codificaciones de: </translation>
    </message>
    <message>
        <source>Memo on code &quot;%1&quot;</source>
        <translation>Memo sobre el código «%1»</translation>
    </message>
    <message>
        <source>Review Disagreements</source>
        <translation>Revisar desacuerdos</translation>
    </message>
    <message>
        <source>The decisions become the codings of a consensus coder, so neither coder&apos;s work changes.
Consensus coder:</source>
        <translation>Las decisiones pasan a ser las codificaciones de un codificador de consenso, de modo que el trabajo de ninguno de los dos codificadores cambia.
Codificador de consenso:</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consenso</translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation>%1 ya está abierto.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Project memo</source>
        <translation>Memo del proyecto</translation>
    </message>
    <message>
        <source>A project on a server is backed up by the server&apos;s administrator (for example with pg_dump), not by Marginalia.</source>
        <translation>La copia de seguridad de un proyecto en servidor la realiza el administrador del servidor (por ejemplo, con pg_dump), no Marginalia.</translation>
    </message>
    <message>
        <source>undo &quot;%1&quot;</source>
        <translation>deshacer «%1»</translation>
    </message>
    <message>
        <source>redo &quot;%1&quot;</source>
        <translation>rehacer «%1»</translation>
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
        <translation> [solo lectura]</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Coding as %1</source>
        <translation>Codificando como %1</translation>
    </message>
    <message>
        <source>Now coding as %1, a new coder in this project from the first coding on.</source>
        <translation>Ahora se codifica como %1, un nuevo codificador de este proyecto a partir de la primera codificación.</translation>
    </message>
    <message>
        <source>Now coding as %1.</source>
        <translation>Ahora se codifica como %1.</translation>
    </message>
    <message>
        <source>Memo on document &quot;%1&quot;</source>
        <translation>Memo sobre el documento «%1»</translation>
    </message>
    <message>
        <source>%1: %2 characters, %3 codings</source>
        <translation>%1: %2 caracteres, %3 codificaciones</translation>
    </message>
    <message>
        <source>%1 is open read-only; documents cannot be imported.</source>
        <translation>%1 está abierto en modo de solo lectura; no se pueden importar documentos.</translation>
    </message>
    <message>
        <source>There was nothing to import.</source>
        <translation>No había nada que importar.</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>There are no documents to import there: Marginalia imports %1 files.</source>
        <translation>Ahí no hay documentos que importar: Marginalia importa archivos %1.</translation>
    </message>
    <message>
        <source>It has no codings.</source>
        <translation>No tiene codificaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed with it.</source>
        <translation>
            <numerusform>Con él se eliminará %n codificación.</numerusform>
            <numerusform>Con él se eliminarán %n codificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the project?</source>
        <translation>¿Eliminar «%1» del proyecto?</translation>
    </message>
    <message>
        <source> You can undo this.</source>
        <translation> Puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>You can read this server project but not code it: its owner can make you a coder.</source>
        <translation>Puede leer este proyecto en servidor, pero no codificarlo: su propietario puede hacerle codificador.</translation>
    </message>
    <message>
        <source>This project is open read-only; nothing can be coded.</source>
        <translation>Este proyecto está abierto en modo de solo lectura; no se puede codificar nada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder of codes and is not applied to text; apply one of its subcodes.</source>
        <translation>«%1» es una carpeta de códigos y no se aplica al texto; aplique uno de sus subcódigos.</translation>
    </message>
    <message>
        <source>Select some text first, then apply a code to it.</source>
        <translation>Seleccione primero un texto y luego aplíquele un código.</translation>
    </message>
    <message>
        <source>Code &quot;%1&quot; with %2</source>
        <translation>Codificar «%1» con %2</translation>
    </message>
    <message>
        <source>Coded with &quot;%1&quot;.</source>
        <translation>Codificado con «%1».</translation>
    </message>
    <message>
        <source>That passage already has this code from %1.</source>
        <translation>Ese fragmento ya tiene este código de %1.</translation>
    </message>
    <message>
        <source>Code Hits</source>
        <translation>Codificar resultados</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to code: %1 already has &quot;%2&quot; on all %n hit(s).</source>
        <translation>
            <numerusform>Nada que codificar: %1 ya tiene «%2» en %n resultado.</numerusform>
            <numerusform>Nada que codificar: %1 ya tiene «%2» en los %n resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code the hits of %1 with %2</source>
        <translation>Codificar los resultados de %1 con %2</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with &quot;%1&quot; (%2 already coded).</source>
        <translation>
            <numerusform>%n fragmento codificado con «%1» (%2 ya codificados).</numerusform>
            <numerusform>%n fragmentos codificados con «%1» (%2 ya codificados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the words to name the new code after.</source>
        <translation>Seleccione las palabras que darán nombre al nuevo código.</translation>
    </message>
    <message>
        <source>In-vivo code &quot;%1&quot;</source>
        <translation>Código in vivo «%1»</translation>
    </message>
    <message>
        <source>No code is pinned to %1: right-click a code in the codebook to pin it.</source>
        <translation>No hay ningún código asignado a %1: haga clic con el botón derecho en un código del libro de códigos para asignarlo.</translation>
    </message>
    <message>
        <source>Memo on coding: %1</source>
        <translation>Memo sobre la codificación: %1</translation>
    </message>
    <message>
        <source>Code With</source>
        <translation>Codificar con</translation>
    </message>
    <message>
        <source>All Codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Code In Vivo</source>
        <translation>Codificar in vivo</translation>
    </message>
    <message>
        <source>Edit Memo</source>
        <translation>Editar memo</translation>
    </message>
    <message>
        <source>Set Range to Selection</source>
        <translation>Ajustar el rango a la selección</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Eliminar codificación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Merged: %1 codings moved, %2 duplicates dropped, %3 subcodes moved.</source>
        <translation>Fusionado: %1 codificaciones movidas, %2 duplicados descartados, %3 subcódigos movidos.</translation>
    </message>
    <message>
        <source>Delete the code &quot;%1&quot;?</source>
        <translation>¿Eliminar el código «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n subcode(s) go with it. </source>
        <translation>
            <numerusform>Su %n subcódigo se elimina con él. </numerusform>
            <numerusform>Sus %n subcódigos se eliminan con él. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) will be removed.</source>
        <translation>
            <numerusform>Se eliminará %n codificación.</numerusform>
            <numerusform>Se eliminarán %n codificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <source>Codebook imported</source>
        <translation>Libro de códigos importado</translation>
    </message>
    <message>
        <source>%1: nothing new to import.</source>
        <translation>%1: nada nuevo que importar.</translation>
    </message>
    <message>
        <source>Codebook exported to %1.</source>
        <translation>Libro de códigos exportado a %1.</translation>
    </message>
    <message>
        <source>Project exported</source>
        <translation>Proyecto exportado</translation>
    </message>
    <message>
        <source>Project imported</source>
        <translation>Proyecto importado</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>Proyectos de Marginalia (*.marginalia);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... y %n más.</numerusform>
            <numerusform>... y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n project(s): %1 codings added, %2 conflicts (Edit &gt; Undo takes it back)</source>
        <translation>
            <numerusform>%n proyecto fusionado: %1 codificaciones añadidas, %2 conflictos (Edición &gt; Deshacer lo revierte)</numerusform>
            <numerusform>%n proyectos fusionados: %1 codificaciones añadidas, %2 conflictos (Edición &gt; Deshacer lo revierte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>Fusionar proyectos</translation>
    </message>
    <message numerus="yes">
        <source>Merged, with %n conflict(s), each resolved without losing anything.</source>
        <translation>
            <numerusform>Fusionado, con %n conflicto, resuelto sin perder nada.</numerusform>
            <numerusform>Fusionado, con %n conflictos, cada uno resuelto sin perder nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand Out Copy</source>
        <translation>Repartir una copia</translation>
    </message>
    <message>
        <source>Wrote %1: %2 documents, %3 codes; left out %4</source>
        <translation>Escrito %1: %2 documentos, %3 códigos; excluido: %4</translation>
    </message>
    <message>
        <source>no coder</source>
        <translation>ningún codificador</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>A&amp;tributos</translation>
    </message>
    <message>
        <source>&amp;New Attribute...</source>
        <translation>&amp;Nuevo atributo...</translation>
    </message>
    <message>
        <source>Save Filter as &amp;Set...</source>
        <translation>Guardar filtro como &amp;conjunto...</translation>
    </message>
    <message>
        <source>&amp;Import Attributes (CSV)...</source>
        <translation>&amp;Importar atributos (CSV)...</translation>
    </message>
    <message>
        <source>&amp;Export Attributes (CSV)...</source>
        <translation>&amp;Exportar atributos (CSV)...</translation>
    </message>
    <message>
        <source>Import Attributes</source>
        <translation>Importar atributos</translation>
    </message>
    <message numerus="yes">
        <source>Imported the attributes of %n document(s)</source>
        <translation>
            <numerusform>Atributos importados de %n documento</numerusform>
            <numerusform>Atributos importados de %n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>; new: %1</source>
        <translation>; nuevos: %1</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ca&amp;sos</translation>
    </message>
    <message>
        <source>Assign Document to &amp;Case...</source>
        <translation>Asignar documento a &amp;caso...</translation>
    </message>
    <message>
        <source>Assign Selec&amp;tion to Case...</source>
        <translation>Asignar &amp;selección a caso...</translation>
    </message>
    <message>
        <source>S&amp;ets</source>
        <translation>Co&amp;njuntos</translation>
    </message>
    <message>
        <source>Add Selected Documents to Se&amp;t...</source>
        <translation>Añadir documentos seleccionados a con&amp;junto...</translation>
    </message>
    <message>
        <source>Add Selected Codes to Code &amp;Set...</source>
        <translation>Añadir códigos seleccionados a conjunto de &amp;códigos...</translation>
    </message>
    <message>
        <source>Assign Selection to Case...</source>
        <translation>Asignar selección a caso...</translation>
    </message>
    <message>
        <source>Assign Document to Case...</source>
        <translation>Asignar documento a caso...</translation>
    </message>
    <message>
        <source>Open a document to assign it to a case.</source>
        <translation>Abra un documento para asignarlo a un caso.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot;</source>
        <translation>el documento «%1»</translation>
    </message>
    <message>
        <source>Select a passage of the text to assign it to a case.</source>
        <translation>Seleccione un fragmento del texto para asignarlo a un caso.</translation>
    </message>
    <message>
        <source>the passage %1–%2</source>
        <translation>el fragmento %1–%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has this already.</source>
        <translation>«%1» ya lo contiene.</translation>
    </message>
    <message numerus="yes">
        <source>Take %n document(s) or passage(s) out of case &quot;%1&quot;</source>
        <translation>
            <numerusform>Quitar %n documento o fragmento del caso «%1»</numerusform>
            <numerusform>Quitar %n documentos o fragmentos del caso «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>hace menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup...</source>
        <translation>Restaurar desde copia de se&amp;guridad...</translation>
    </message>
    <message>
        <source>Backed up at %1</source>
        <translation>Copia de seguridad realizada a las %1</translation>
    </message>
    <message numerus="yes">
        <source>The automatic backup failed: %1 Your work is saved in the project itself; the next backup is tried in %n minute(s).</source>
        <translation>
            <numerusform>Error en la copia de seguridad automática: %1 Su trabajo está guardado en el propio proyecto; la próxima copia de seguridad se intentará dentro de %n minuto.</numerusform>
            <numerusform>Error en la copia de seguridad automática: %1 Su trabajo está guardado en el propio proyecto; la próxima copia de seguridad se intentará dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last session with this project (%1) ended without closing it. Everything it saved is in the file, and SQLite&apos;s check finds the file sound.</source>
        <translation>La última sesión con este proyecto (%1) terminó sin cerrarlo. Todo lo que se guardó está en el archivo, y la comprobación de SQLite indica que el archivo está en buen estado.</translation>
    </message>
    <message>
        <source>Opened read-only: this project is open for writing by %1. You can read, search, count and export here; to code, close it there and choose Try Again.</source>
        <translation>Abierto en modo de solo lectura: %1 tiene este proyecto abierto para escritura. Aquí puede leer, buscar, contar y exportar; para codificar, ciérrelo allí y elija Reintentar.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Opened read-only: the file or its folder cannot be written here. Copy the project to a folder of yours to code in it.</source>
        <translation>Abierto en modo de solo lectura: aquí no se puede escribir en el archivo ni en su carpeta. Copie el proyecto en una carpeta propia para codificar en él.</translation>
    </message>
    <message>
        <source>This project is on a network drive (%1). SQLite cannot lock files reliably there, so two computers writing it at once can damage it. Work on a copy on a local disk.</source>
        <translation>Este proyecto está en una unidad de red (%1). SQLite no puede bloquear archivos de forma fiable en ella, por lo que si dos equipos escriben en él a la vez pueden dañarlo. Trabaje en una copia en un disco local.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s check found: %2), and no sound backup of it was found. Open it read-only to export what can still be read, and keep the file for a specialist.</source>
        <translation>%1 está dañado (la comprobación de SQLite encontró: %2) y no se encontró ninguna copia de seguridad en buen estado. Ábralo en modo de solo lectura para exportar lo que todavía pueda leerse, y conserve el archivo para un especialista.</translation>
    </message>
    <message>
        <source>Damaged Project</source>
        <translation>Proyecto dañado</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 está dañado.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the file found: %1.

The newest sound backup was made %2 (%3). Restoring it brings the project back as it was then: what was changed after that is lost. The damaged file is kept beside the project, renamed, never deleted.</source>
        <translation>La comprobación de SQLite del archivo encontró: %1.

La copia de seguridad en buen estado más reciente se hizo %2 (%3). Restaurarla devuelve el proyecto al estado que tenía entonces: se pierde lo que se modificó después. El archivo dañado se conserva junto al proyecto, con otro nombre, y nunca se elimina.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Todavía no hay copias de seguridad de %1.</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>The project goes back to the backup you choose; the file it replaces is kept beside it, renamed.</source>
        <translation>El proyecto vuelve a la copia de seguridad que elija; el archivo que sustituye se conserva al lado, con otro nombre.</translation>
    </message>
    <message>
        <source>Restored the backup made %1.</source>
        <translation>Se restauró la copia de seguridad realizada %1.</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The file it replaced is kept as %2.</source>
        <translation>Se restauró la copia de seguridad realizada %1. El archivo sustituido se conserva como %2.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>Not opened: %1 wants a password.</source>
        <translation>No se abrió: %1 requiere una contraseña.</translation>
    </message>
    <message>
        <source>On server %1 as %2</source>
        <translation>En el servidor %1 como %2</translation>
    </message>
    <message>
        <source>You are a viewer on this server project: you can read, search, count and export. Its owner can make you a coder.</source>
        <translation>Es lector de este proyecto en servidor: puede leer, buscar, contar y exportar. Su propietario puede hacerle codificador.</translation>
    </message>
    <message>
        <source>Make a new code named after the selected words and code them with it</source>
        <translation>Crear un código nuevo con el nombre de las palabras seleccionadas y codificarlas con él</translation>
    </message>
    <message>
        <source>Show, and count in the panels, the codings of one coder only or of everyone</source>
        <translation>Mostrar, y contar en los paneles, las codificaciones de un solo codificador o de todos</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Pre&amp;ferencias...</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Marginalia&lt;/h3&gt;&lt;p&gt;A workbench for qualitative text analysis: code documents, retrieve and compare, alone or together on a server. Every change is saved the moment you make it.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Qt %2 (built with Qt %3)&lt;br&gt;%4, %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Marginalia&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para el análisis cualitativo de textos: codificar documentos, recuperar y comparar, individualmente o en equipo en un servidor. Cada cambio se guarda en el momento en que se hace.&lt;/p&gt;&lt;p&gt;Versión %1&lt;br&gt;Qt %2 (compilado con Qt %3)&lt;br&gt;%4, %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>Exportar &amp;informe...</translation>
    </message>
    <message>
        <source>A printable page (HTML or PDF) with the codebook, frequencies, excerpts, memos and the coders&apos; agreement</source>
        <translation>Una página imprimible (HTML o PDF) con el libro de códigos, las frecuencias, los extractos, los memos y el acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Se guardó el informe como %1.</translation>
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
        <translation>Total de cada columna: nada se cuenta dos veces (docs/matrices.md)</translation>
    </message>
    <message>
        <source>all codes</source>
        <translation>todos los códigos</translation>
    </message>
    <message>
        <source>all columns</source>
        <translation>todas las columnas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Each code&apos;s total: nothing is counted twice (docs/matrices.md)</source>
        <translation>Total de cada código: nada se cuenta dos veces (docs/matrices.md)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MatrixPanel</name>
    <message>
        <source>Cells: pairs of co-occurring codings, one of each code (diagonal: two codings of one code).</source>
        <translation>Celdas: pares de codificaciones coincidentes, una de cada código (diagonal: dos codificaciones de un mismo código).</translation>
    </message>
    <message>
        <source>Cells: documents in which the two codes co-occur.</source>
        <translation>Celdas: documentos en los que coinciden los dos códigos.</translation>
    </message>
    <message>
        <source>Cells: characters where codings of the two codes overlap.</source>
        <translation>Celdas: caracteres en los que se solapan codificaciones de los dos códigos.</translation>
    </message>
    <message>
        <source>Cells: 1 when the two codes co-occur; totals count the cells with 1.</source>
        <translation>Celdas: 1 cuando los dos códigos coinciden; los totales cuentan las celdas con 1.</translation>
    </message>
    <message>
        <source>Cells: the code&apos;s codings in the column.</source>
        <translation>Celdas: las codificaciones del código en la columna.</translation>
    </message>
    <message>
        <source>Cells: the column&apos;s documents with the code; totals count distinct documents.</source>
        <translation>Celdas: los documentos de la columna con el código; los totales cuentan documentos distintos.</translation>
    </message>
    <message>
        <source>Cells: characters the code covers in the column, each counted once.</source>
        <translation>Celdas: caracteres que el código abarca en la columna, cada uno contado una vez.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the column; totals count the cells with 1.</source>
        <translation>Celdas: 1 cuando el código está en la columna; los totales cuentan las celdas con 1.</translation>
    </message>
    <message>
        <source>Cells: the code&apos;s codings in the document.</source>
        <translation>Celdas: las codificaciones del código en el documento.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the document; totals count distinct documents.</source>
        <translation>Celdas: 1 cuando el código está en el documento; los totales cuentan documentos distintos.</translation>
    </message>
    <message>
        <source>Cells: characters the code covers in the document, each counted once.</source>
        <translation>Celdas: caracteres que el código abarca en el documento, cada uno contado una vez.</translation>
    </message>
    <message>
        <source>Cells: 1 when the code is in the document; totals count the cells with 1.</source>
        <translation>Celdas: 1 cuando el código está en el documento; los totales cuentan las celdas con 1.</translation>
    </message>
    <message>
        <source>Subcodes count in their parents.</source>
        <translation>Los subcódigos cuentan en sus códigos superiores.</translation>
    </message>
    <message>
        <source>With &amp;subcodes</source>
        <translation>Con &amp;subcódigos</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export Excel...</source>
        <translation>Exportar Excel...</translation>
    </message>
    <message>
        <source>A row per code, or only for the codes of a code set</source>
        <translation>Una fila por código, o solo para los códigos de un conjunto de códigos</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>A column per document, per case, per value of a document&apos;s or a case&apos;s attribute, or per code to see which codes occur together</source>
        <translation>Una columna por documento, por caso, por valor de un atributo de documento o de caso, o por código para ver qué códigos aparecen juntos</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>What a cell counts</source>
        <translation>Qué cuenta una celda</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>A code&apos;s row counts the codings of its subcodes too</source>
        <translation>La fila de un código cuenta también las codificaciones de sus subcódigos</translation>
    </message>
    <message>
        <source>Count every coder&apos;s codings or one coder&apos;s</source>
        <translation>Contar las codificaciones de todos los codificadores o de uno solo</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>A menos de N caracteres</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Mismo párrafo</translation>
    </message>
    <message>
        <source>When two codings co-occur: they share a character, lie at most N characters apart, or touch a common paragraph</source>
        <translation>Cuándo coinciden dos codificaciones: comparten un carácter, están a N caracteres como máximo o tocan un mismo párrafo</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Coocurrencia</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Largest gap in characters</source>
        <translation>Distancia máxima en caracteres</translation>
    </message>
    <message>
        <source>The largest gap between two codings that still co-occur</source>
        <translation>La distancia máxima entre dos codificaciones que todavía se consideran coincidentes</translation>
    </message>
    <message>
        <source>Double-click a cell to list its passages</source>
        <translation>Haga doble clic en una celda para ver sus fragmentos</translation>
    </message>
    <message>
        <source>Write the matrix to a CSV file for a spreadsheet, R or Python</source>
        <translation>Escribir la matriz en un archivo CSV para una hoja de cálculo, R o Python</translation>
    </message>
    <message>
        <source>Write the matrix to an Excel workbook (.xlsx)</source>
        <translation>Escribir la matriz en un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>C&amp;olumnas:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Celda:</translation>
    </message>
    <message>
        <source>Co-occ&amp;ur when:</source>
        <translation>Coinci&amp;den cuando:</translation>
    </message>
    <message>
        <source>This project has no cases yet (marginalia-cli cases adds them); group the documents by an attribute instead.</source>
        <translation>Este proyecto todavía no tiene casos (marginalia-cli cases los añade); agrupe los documentos por un atributo en su lugar.</translation>
    </message>
    <message>
        <source>The code set &quot;%1&quot; has no codes (its codes were deleted, or it was made empty); show all codes instead.</source>
        <translation>El conjunto de códigos «%1» no tiene códigos (se eliminaron o se vació); muestre todos los códigos en su lugar.</translation>
    </message>
    <message>
        <source>Case</source>
        <comment>a matrix column</comment>
        <translation>Caso</translation>
    </message>
    <message>
        <source>%1: any</source>
        <comment>a matrix&apos;s Total column: every case, every value</comment>
        <translation>%1: cualquiera</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a matrix column: case or attribute, then its name or value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <comment>a matrix column, then the documents in scope</comment>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Atributo: %1</translation>
    </message>
    <message>
        <source>Case attribute: %1</source>
        <translation>Atributo de caso: %1</translation>
    </message>
    <message>
        <source>Codes (co-occurrence)</source>
        <translation>Códigos (coocurrencia)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Exportar matriz</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MemoPanel</name>
    <message>
        <source>Write a memo: what you notice, doubts, links to other passages...</source>
        <translation>Escriba un memo: lo que observa, dudas, vínculos con otros fragmentos...</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::MergeProjectsCommand</name>
    <message>
        <source>Merge %1</source>
        <translation>Fusionar %1</translation>
    </message>
    <message>
        <source>Merge %1 projects</source>
        <translation>Fusionar %1 proyectos</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NewAttributeDialog</name>
    <message>
        <source>New Case Attribute</source>
        <translation>Nuevo atributo de caso</translation>
    </message>
    <message>
        <source>New Attribute</source>
        <translation>Nuevo atributo</translation>
    </message>
    <message>
        <source>e.g. region, age, sector</source>
        <translation>p. ej., región, edad, sector</translation>
    </message>
    <message>
        <source>e.g. year, country, type</source>
        <translation>p. ej., año, país, tipo</translation>
    </message>
    <message>
        <source>One value a line, in the order to offer them</source>
        <translation>Un valor por línea, en el orden en que se ofrecerán</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valores:</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Proyectos de Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::NoticeBar</name>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PageGutter</name>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PanelControls</name>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::PreferencesDialog</name>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect when Marginalia starts again.</source>
        <translation>Se aplica cuando Marginalia se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Apply the preferences, close this window and start Marginalia again on the same project</source>
        <translation>Aplicar las preferencias, cerrar esta ventana y volver a iniciar Marginalia con el mismo proyecto</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Co&amp;lores:</translation>
    </message>
    <message>
        <source> pt</source>
        <comment>font size in points</comment>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text &amp;font:</source>
        <translation>&amp;Fuente del texto:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;odificador:</translation>
    </message>
    <message>
        <source>The name on your new codings, as in the toolbar&apos;s Coder box.</source>
        <translation>El nombre que llevan sus nuevas codificaciones, como en el cuadro Codificador de la barra de herramientas.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>after every change</source>
        <translation>después de cada cambio</translation>
    </message>
    <message>
        <source>Make no backups while the project is open; File &gt; Back Up Now still does</source>
        <translation>No hacer copias de seguridad mientras el proyecto esté abierto; Archivo &gt; Hacer copia de seguridad ahora sigue haciéndolas</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>Copias de &amp;seguridad:</translation>
    </message>
    <message>
        <source>While the project has changes. Kept beside the project, in a folder named after it with &quot;%1&quot;: the newest %2, and the last of each of the past %3 days.</source>
        <translation>Mientras el proyecto tenga cambios. Se guardan junto al proyecto, en una carpeta con su nombre seguido de «%1»: las %2 más recientes y la última de cada uno de los últimos %3 días.</translation>
    </message>
    <message>
        <source>Set by the environment variable MARGINALIA_BACKUP_INTERVAL, which wins over this setting.</source>
        <translation>Establecido por la variable de entorno MARGINALIA_BACKUP_INTERVAL, que prevalece sobre este ajuste.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RefiQdaExchange</name>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportando %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importando %1...</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Save the Imported Project As</source>
        <translation>Guardar el proyecto importado como</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Proyectos de Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>Libros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exportar libro de códigos</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>The report has the codebook, the code frequencies with a chart, the memos and, when several coders coded, their agreement. Check the codes whose excerpts it should list:</source>
        <translation>El informe incluye el libro de códigos, las frecuencias de los códigos con un gráfico, los memos y, cuando han codificado varios codificadores, su acuerdo. Marque los códigos cuyos extractos debe enumerar:</translation>
    </message>
    <message>
        <source>Each checked code&apos;s excerpts include its &amp;subcodes&apos;</source>
        <translation>Los extractos de cada código marcado incluyen los de sus &amp;subcódigos</translation>
    </message>
    <message>
        <source>The &amp;agreement between coders, when two or more coded</source>
        <translation>El &amp;acuerdo entre codificadores, cuando han codificado dos o más</translation>
    </message>
    <message>
        <source>Save as &amp;HTML...</source>
        <translation>Guardar como &amp;HTML...</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Guardar como &amp;PDF...</translation>
    </message>
    <message>
        <source>Check codes in File › Export Report… to list their excerpts.</source>
        <translation>Marque códigos en Archivo › Exportar informe… para enumerar sus extractos.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ReportExport</name>
    <message>
        <source>Save the Report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>%1 report</source>
        <comment>a file name: no direction marks in it</comment>
        <translation>Informe %1</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::RetrievalPanel</name>
    <message>
        <source>With subcodes</source>
        <translation>Con subcódigos</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Also list the passages coded with the code&apos;s subcodes</source>
        <translation>Enumerar también los fragmentos codificados con los subcódigos del código</translation>
    </message>
    <message>
        <source>Show the passages of every coder or of one</source>
        <translation>Mostrar los fragmentos de todos los codificadores o de uno</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Show the passages in every document or in one</source>
        <translation>Mostrar los fragmentos de todos los documentos o de uno</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Ir al fragmento</translation>
    </message>
    <message>
        <source>&amp;Copy Passage</source>
        <translation>&amp;Copiar fragmento</translation>
    </message>
    <message>
        <source>Write these passages to a CSV file for a spreadsheet, R or Python</source>
        <translation>Escribir estos fragmentos en un archivo CSV para una hoja de cálculo, R o Python</translation>
    </message>
    <message>
        <source>No code selected</source>
        <translation>Ningún código seleccionado</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Select a code to see its passages</source>
        <translation>Seleccione un código para ver sus fragmentos</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>passages in documents</comment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragmento</numerusform>
            <numerusform>%n fragmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>No code is selected.</source>
        <translation>No hay ningún código seleccionado.</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>fragmentos</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>Exportar fragmentos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchHitModel</name>
    <message>
        <source>%1, characters %2 to %3 of the memo</source>
        <translation>%1, caracteres %2 a %3 del memo</translation>
    </message>
    <message>
        <source>%1, characters %2 to %3</source>
        <translation>%1, caracteres %2 a %3</translation>
    </message>
    <message>
        <source>Memo on the project</source>
        <translation>Memo sobre el proyecto</translation>
    </message>
    <message>
        <source>Memo on %1</source>
        <translation>Memo sobre %1</translation>
    </message>
    <message>
        <source>Memo on code %1</source>
        <translation>Memo sobre el código %1</translation>
    </message>
    <message>
        <source>Memo on a coding in %1</source>
        <translation>Memo sobre una codificación en %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Párr.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SearchPanel</name>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Code Hits...</source>
        <translation>Codificar resultados...</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>words, &quot;a phrase&quot;, prefix*, AND, OR, NOT, NEAR(a b, 5)</source>
        <translation>palabras, &quot;una frase&quot;, prefijo*, AND, OR, NOT, NEAR(a b, 5)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Substring</source>
        <translation>Subcadena</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Words: whole words, capitals and accents ignored. Substring: any run of characters, inside words too (Chinese and Japanese are searched this way). Regular expression: a PCRE pattern.</source>
        <translation>Palabras: palabras completas, sin distinguir mayúsculas ni acentos. Subcadena: cualquier secuencia de caracteres, también dentro de las palabras (el chino y el japonés se buscan así). Expresión regular: un patrón PCRE.</translation>
    </message>
    <message>
        <source>Substring and regular expression: tell capitals from small letters</source>
        <translation>Subcadena y expresión regular: distinguir mayúsculas de minúsculas</translation>
    </message>
    <message>
        <source>Search the memos too (of the project, documents, codes and codings); their hits come after the text&apos;s</source>
        <translation>Buscar también en los memos (del proyecto, de los documentos, de los códigos y de las codificaciones); sus resultados aparecen después de los del texto</translation>
    </message>
    <message>
        <source>Code every hit (or its sentence or paragraph) with a code, as one step to undo</source>
        <translation>Codificar cada resultado (o su oración o su párrafo) con un código, como un único paso que se puede deshacer</translation>
    </message>
    <message>
        <source>Type what to search for and press Enter.</source>
        <translation>Escriba lo que desea buscar y pulse Enter.</translation>
    </message>
    <message>
        <source>No hits for %1.</source>
        <translation>No hay resultados para %1.</translation>
    </message>
    <message>
        <source>%1 in memos.</source>
        <translation>%1 en memos.</translation>
    </message>
    <message>
        <source>any characters, e.g. fficki</source>
        <translation>cualquier secuencia de caracteres, p. ej., fficki</translation>
    </message>
    <message>
        <source>a pattern, e.g. \b20\d\d\b</source>
        <translation>un patrón, p. ej., \b20\d\d\b</translation>
    </message>
    <message>
        <source>Code Hits</source>
        <translation>Codificar resultados</translation>
    </message>
    <message numerus="yes">
        <source>Code the %n hit(s) of %1. What is already coded with the code by the coder is left as it is; the whole is one step to undo.</source>
        <translation>
            <numerusform>Codificar el %n resultado de %1. Lo que el codificador ya haya codificado con el código se deja como está; el conjunto es un único paso que se puede deshacer.</numerusform>
            <numerusform>Codificar los %n resultados de %1. Lo que el codificador ya haya codificado con el código se deja como está; el conjunto es un único paso que se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>The hit only</source>
        <translation>Solo el resultado</translation>
    </message>
    <message>
        <source>The sentence around it</source>
        <translation>La oración que lo contiene</translation>
    </message>
    <message>
        <source>The paragraph around it</source>
        <translation>El párrafo que lo contiene</translation>
    </message>
    <message>
        <source>&amp;Code what:</source>
        <translation>&amp;Qué codificar:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s) in %1.</source>
        <translation>
            <numerusform>%Ln resultado en %1.</numerusform>
            <numerusform>%Ln resultados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln documento</numerusform>
            <numerusform>%Ln documentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SeminarExchange</name>
    <message>
        <source>Hand Out Copy</source>
        <translation>Repartir una copia</translation>
    </message>
    <message>
        <source>A copy for students: the same documents and codebook, so their copies merge back. Leave out the codings of:</source>
        <translation>Una copia para estudiantes: los mismos documentos y el mismo libro de códigos, para que sus copias puedan fusionarse de nuevo. Excluir las codificaciones de:</translation>
    </message>
    <message>
        <source>Leave out the memos</source>
        <translation>Excluir los memos</translation>
    </message>
    <message>
        <source>-handout</source>
        <translation>-copia-estudiantes</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Proyectos de Marginalia (*.marginalia)</translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>Fusionar proyectos</translation>
    </message>
    <message>
        <source>Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos (*.marginalia *.qdpx);;Proyectos de Marginalia (*.marginalia);;Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ServerPasswordDialog</name>
    <message>
        <source>this computer&apos;s server</source>
        <translation>el servidor de este equipo</translation>
    </message>
    <message>
        <source>Server Password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>su usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>The server wants the password of %1 on %2 for the project &quot;%3&quot;.</source>
        <translation>El servidor requiere la contraseña de %1 en %2 para el proyecto «%3».</translation>
    </message>
    <message>
        <source>That password was not accepted.</source>
        <translation>No se aceptó esa contraseña.</translation>
    </message>
    <message>
        <source>Kept in memory until Marginalia quits, never saved. To be asked no more, put it in ~/.pgpass.</source>
        <translation>Se conserva en memoria hasta que se cierre Marginalia y nunca se guarda. Para que no se le vuelva a pedir, escríbala en ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::ServerProjectDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>Abrir proyecto en servidor</translation>
    </message>
    <message>
        <source>The project&apos;s location on a PostgreSQL server, as its owner gave it to you:
postgresql://server/database?project=NAME, or a .marginalia-server file.</source>
        <translation>La ubicación del proyecto en un servidor PostgreSQL, tal como se la facilitó su propietario:
postgresql://server/database?project=NAME, o un archivo .marginalia-server.</translation>
    </message>
    <message>
        <source>When the server wants a password, Marginalia asks for it and keeps it only until it quits; it is never saved.</source>
        <translation>Cuando el servidor requiere una contraseña, Marginalia la solicita y solo la conserva hasta que se cierra; nunca se guarda.</translation>
    </message>
    <message>
        <source>Connection &amp;File...</source>
        <translation>&amp;Archivo de conexión...</translation>
    </message>
    <message>
        <source>Not a server location: it begins with postgresql:// (or is a .marginalia-server file). To open a project file, use File &gt; Open Project.</source>
        <translation>No es una ubicación de servidor: empieza por postgresql:// (o es un archivo .marginalia-server). Para abrir un archivo de proyecto, utilice Archivo &gt; Abrir proyecto.</translation>
    </message>
    <message>
        <source>Open Connection File</source>
        <translation>Abrir archivo de conexión</translation>
    </message>
    <message>
        <source>Server connections (*%1);;All files (*)</source>
        <translation>Conexiones de servidor (*%1);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Marginalia::Ui::SetsPanel</name>
    <message>
        <source>Remove Set...</source>
        <translation>Eliminar conjunto...</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <source>Members of the set</source>
        <translation>Miembros del conjunto</translation>
    </message>
    <message>
        <source>Remove the current set (not its documents or codes); undo brings it back</source>
        <translation>Eliminar el conjunto actual (no sus documentos ni sus códigos); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Add documents with &quot;Add to Set...&quot; in the Documents panel, codes with &quot;Add to Code Set...&quot; in the Codebook</source>
        <translation>Añada documentos con «Añadir a conjunto...» en el panel Documentos, y códigos con «Añadir a conjunto de códigos...» en el Libro de códigos</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>donde %1</translation>
    </message>
    <message>
        <source>The documents meeting the condition when the set is used: %1</source>
        <translation>Los documentos que cumplen la condición cuando se utiliza el conjunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets of documents</source>
        <translation>Conjuntos de documentos</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n conjunto</numerusform>
            <numerusform>%n conjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets of codes</source>
        <translation>Conjuntos de códigos</translation>
    </message>
    <message>
        <source>No sets yet.</source>
        <translation>Todavía no hay conjuntos.</translation>
    </message>
    <message>
        <source>Choose a set to see its members.</source>
        <translation>Elija un conjunto para ver sus miembros.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n documento en «%1»:</numerusform>
            <numerusform>%n documentos en «%1»:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) meeting &quot;%1&quot; now:</source>
        <translation>
            <numerusform>%n documento cumple ahora «%1»:</numerusform>
            <numerusform>%n documentos cumplen ahora «%1»:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n código en «%1»:</numerusform>
            <numerusform>%n códigos en «%1»:</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the new set:</source>
        <translation>Nombre del nuevo conjunto:</translation>
    </message>
    <message>
        <source>Add to Set</source>
        <translation>Añadir a conjunto</translation>
    </message>
    <message numerus="yes">
        <source>Add %n document(s) to the set:</source>
        <translation>
            <numerusform>Añadir %n documento al conjunto:</numerusform>
            <numerusform>Añadir %n documentos al conjunto:</numerusform>
        </translation>
    </message>
    <message>
        <source>New set...</source>
        <translation>Nuevo conjunto...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a set saved from a condition (%2): its documents are those meeting it.</source>
        <translation>«%1» es un conjunto guardado a partir de una condición (%2): sus documentos son los que la cumplen.</translation>
    </message>
    <message>
        <source>Add to Code Set</source>
        <translation>Añadir a conjunto de códigos</translation>
    </message>
    <message numerus="yes">
        <source>Add %n code(s) to the code set:</source>
        <translation>
            <numerusform>Añadir %n código al conjunto de códigos:</numerusform>
            <numerusform>Añadir %n códigos al conjunto de códigos:</numerusform>
        </translation>
    </message>
    <message>
        <source>New code set...</source>
        <translation>Nuevo conjunto de códigos...</translation>
    </message>
    <message>
        <source>Remove Set</source>
        <translation>Eliminar conjunto</translation>
    </message>
    <message>
        <source>Remove the set &quot;%1&quot;? Its documents and codes stay; undo brings the set back.</source>
        <translation>¿Eliminar el conjunto «%1»? Sus documentos y códigos se conservan; Deshacer recupera el conjunto.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qualitative text analysis workbench</source>
        <translation>Banco de trabajo para el análisis cualitativo de textos</translation>
    </message>
    <message>
        <source>A project file, a .marginalia-server connection file or a postgresql:// URL to open.</source>
        <translation>Un archivo de proyecto, un archivo de conexión .marginalia-server o una URL postgresql:// que abrir.</translation>
    </message>
    <message>
        <source>light or dark (Fusion style).</source>
        <translation>light (claro) o dark (oscuro) (estilo Fusion).</translation>
    </message>
    <message>
        <source>Show this document.</source>
        <translation>Mostrar este documento.</translation>
    </message>
    <message>
        <source>Select this code.</source>
        <translation>Seleccionar este código.</translation>
    </message>
    <message>
        <source>Save the window as a PNG and quit.</source>
        <translation>Guardar la ventana como PNG y salir.</translation>
    </message>
    <message>
        <source>Show the window in this language (en, fr, es or ar) for this run.</source>
        <translation>Mostrar la ventana en este idioma (en, fr, es o ar) durante esta ejecución.</translation>
    </message>
</context>
</TS>
