<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Not permitted: as %1 you may not %2. Ask an administrator if you need to.</source>
        <translation>No permitido: como %1 no puede %2. Si lo necesita, pida ayuda a un administrador.</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No posible</translation>
    </message>
</context>
<context>
    <name>AddCaseCommand</name>
    <message>
        <source>register a case with its principal person; prints the case number</source>
        <translation>registrar un caso con su persona principal; muestra el número de caso</translation>
    </message>
    <message>
        <source>Site code (optional when there is one site).</source>
        <translation>Código de la sede (opcional si hay una sola sede).</translation>
    </message>
    <message>
        <source>Given name(s).</source>
        <translation>Nombre(s).</translation>
    </message>
    <message>
        <source>First family name.</source>
        <translation>Primer apellido.</translation>
    </message>
    <message>
        <source>Second family name.</source>
        <translation>Segundo apellido.</translation>
    </message>
    <message>
        <source>Another name or alias (repeatable).</source>
        <translation>Otro nombre o alias (se puede repetir).</translation>
    </message>
    <message>
        <source>F, M, X (other) or U (unknown).</source>
        <translation>F, M, X (otro) o U (desconocido).</translation>
    </message>
    <message>
        <source>Date of birth: 2012-05-03, 03/05/2012, 2012-05, 2012, or ~40 for about 40 years old.</source>
        <translation>Fecha de nacimiento: 2012-05-03, 03/05/2012, 2012-05, 2012, o ~40 para unos 40 años.</translation>
    </message>
    <message>
        <source>Nationality, ISO code or name (repeatable).</source>
        <translation>Nacionalidad, código ISO o nombre (se puede repetir).</translation>
    </message>
    <message>
        <source>The person has no identity document.</source>
        <translation>La persona no tiene ningún documento de identidad.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Teléfono de contacto.</translation>
    </message>
    <message>
        <source>Country where the person is now.</source>
        <translation>País donde está la persona ahora.</translation>
    </message>
    <message>
        <source>First-level division where the person is now (e.g. CO-NSA).</source>
        <translation>Departamento, estado o provincia donde está la persona ahora (p. ej. CO-NSA).</translation>
    </message>
    <message>
        <source>Town or place where the person is now.</source>
        <translation>Ciudad o lugar donde está la persona ahora.</translation>
    </message>
    <message>
        <source>Registration date (default: today).</source>
        <translation>Fecha de registro (por defecto: hoy).</translation>
    </message>
    <message>
        <source>Assigned caseworker.</source>
        <translation>Profesional asignado/a al caso.</translation>
    </message>
    <message>
        <source>A first note on the case.</source>
        <translation>Una primera nota en el caso.</translation>
    </message>
    <message>
        <source>Consent given, comma-separated: registration, referral, tracing.</source>
        <translation>Consentimiento dado, separado por comas: registration, referral, tracing.</translation>
    </message>
    <message>
        <source>--sex must be F, M, X or U.</source>
        <translation>--sex debe ser F, M, X o U.</translation>
    </message>
    <message>
        <source>--born: “%1” is not a date Amparo understands (for example 2012-05-03, 2012 or ~40).</source>
        <translation>--born: «%1» no es una fecha que Amparo entienda (por ejemplo 2012-05-03, 2012 o ~40).</translation>
    </message>
    <message>
        <source>--registered must be a full date, for example 2026-05-03.</source>
        <translation>--registered debe ser una fecha completa, por ejemplo 2026-05-03.</translation>
    </message>
    <message>
        <source>--consent takes registration, referral and tracing.</source>
        <translation>--consent admite registration, referral y tracing.</translation>
    </message>
    <message>
        <source>There is no site %1. Add it with amparo-cli add-site.</source>
        <translation>No existe la sede %1. Agréguela con amparo-cli add-site.</translation>
    </message>
    <message>
        <source>There is no site yet. Add one with amparo-cli add-site.</source>
        <translation>Todavía no hay ninguna sede. Agregue una con amparo-cli add-site.</translation>
    </message>
    <message>
        <source>There are several sites: choose one with --site.</source>
        <translation>Hay varias sedes: elija una con --site.</translation>
    </message>
    <message>
        <source>Identity document TYPE:COUNTRY:NUMBER[:EXPIRES]; TYPE is passport, national_id, birth_certificate, residence_permit, asylum_document or other; EXPIRES is YYYY-MM-DD (repeatable).</source>
        <translation>Documento de identidad TIPO:PAÍS:NÚMERO[:VENCE]; TIPO es passport, national_id, birth_certificate, residence_permit, asylum_document u other; VENCE es AAAA-MM-DD (repetible).</translation>
    </message>
    <message>
        <source>--document must be TYPE:COUNTRY:NUMBER or TYPE:COUNTRY:NUMBER:EXPIRES, for example national_id:VEN:V-12345678 or passport:VEN:123456789:2027-03-31.</source>
        <translation>--document debe ser TIPO:PAÍS:NÚMERO o TIPO:PAÍS:NÚMERO:VENCE, por ejemplo national_id:VEN:V-12345678 o passport:VEN:123456789:2027-03-31.</translation>
    </message>
    <message>
        <source>Who recorded the consent (default: the signed-in user).</source>
        <translation>Quién registró el consentimiento (por defecto: la persona que inició sesión).</translation>
    </message>
    <message>
        <source>Why this is a new person although Amparo lists registered persons who may be them (kept in the audit trail).</source>
        <translation>Por qué es una persona nueva aunque Amparo liste personas registradas que podrían ser ella (queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(sin caso)</translation>
    </message>
    <message>
        <source>Registered persons may be this one:%1
Nothing was saved. If this is someone else, say why with --new-person-reason TEXT.</source>
        <translation>Estas personas registradas podrían ser esta:%1
No se guardó nada. Si es otra persona, diga por qué con --new-person-reason TEXTO.</translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>add a site where cases are registered</source>
        <translation>agregar una sede donde se registran casos</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>First passphrase</source>
        <translation>Primera frase de contraseña</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>&lt;small&gt;&lt;b&gt;Legal staff&lt;/b&gt; register and follow cases. &lt;b&gt;Volunteers&lt;/b&gt; see only what family reunification needs. &lt;b&gt;Coordinators&lt;/b&gt; see anonymized statistics only. &lt;b&gt;Administrators&lt;/b&gt; also manage users, backups and the audit trail.&lt;/small&gt;</source>
        <translation>&lt;small&gt;El &lt;b&gt;personal jurídico&lt;/b&gt; registra y sigue los casos. Los &lt;b&gt;voluntarios&lt;/b&gt; ven solo lo que necesita la reunificación familiar. Los &lt;b&gt;coordinadores&lt;/b&gt; ven solo estadísticas anonimizadas. Los &lt;b&gt;administradores&lt;/b&gt; además gestionan usuarios, copias de seguridad y el registro de auditoría.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
<context>
    <name>Admin1ComboBox</name>
    <message>
        <source>— not recorded —</source>
        <translation>— sin registrar —</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>La persona administradora</translation>
    </message>
    <message>
        <source>Step 1 of 3</source>
        <translation>Paso 1 de 3</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>Create the administrator: the person who adds the others, makes backups and reads the audit trail. Choose a passphrase of several words that only you know; it cannot be recovered if it is forgotten.</source>
        <translation>Cree la cuenta de administrador: la persona que agrega a las demás, hace las copias de seguridad y lee el registro de auditoría. Elija una frase de contraseña de varias palabras que solo usted conozca; si se olvida, no se puede recuperar.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase</translation>
    </message>
</context>
<context>
    <name>AgeGroup</name>
    <message>
        <source>0–4 years</source>
        <translation>0–4 años</translation>
    </message>
    <message>
        <source>5–11 years</source>
        <translation>5–11 años</translation>
    </message>
    <message>
        <source>12–17 years</source>
        <translation>12–17 años</translation>
    </message>
    <message>
        <source>18–59 years</source>
        <translation>18–59 años</translation>
    </message>
    <message>
        <source>60 years or more</source>
        <translation>60 años o más</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Edad desconocida</translation>
    </message>
</context>
<context>
    <name>AggregateCsvWriter</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>No table of this report can be shown safely, so there is nothing to write.</source>
        <translation>Ninguna tabla de este informe puede mostrarse sin riesgo, así que no hay nada que escribir.</translation>
    </message>
</context>
<context>
    <name>AggregateDefinition</name>
    <message>
        <source>The title can have at most 200 characters.</source>
        <translation>El título puede tener como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Break the counts down by at most %1 things at once.</source>
        <translation>Desagregue los conteos por un máximo de %1 criterios a la vez.</translation>
    </message>
    <message>
        <source>“%1” is chosen twice.</source>
        <translation>“%1” está elegido dos veces.</translation>
    </message>
    <message>
        <source>Choose one of month, quarter or year, not several.</source>
        <translation>Elija mes, trimestre o año, no varios.</translation>
    </message>
    <message>
        <source>Choose one kind of age group, not both.</source>
        <translation>Elija un solo tipo de grupo de edad, no ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as 2026-03.</source>
        <translation>“%1” no es un mes; escríbalo como 2026-03.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (use three letters, like COL).</source>
        <translation>“%1” no es un código de país (use tres letras, como COL).</translation>
    </message>
    <message>
        <source>A site code is empty or too long.</source>
        <translation>Un código de sede está vacío o es demasiado largo.</translation>
    </message>
    <message>
        <source>The smallest count shown must be between %1 and %2.</source>
        <translation>El conteo mínimo que se muestra debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>This is not a usable export definition: %1</source>
        <translation>Esta no es una definición de exportación utilizable: %1</translation>
    </message>
    <message>
        <source>the file is far too large.</source>
        <translation>el archivo es demasiado grande.</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>no es JSON.</translation>
    </message>
    <message>
        <source>it is not an Amparo export definition of a version this Amparo reads.</source>
        <translation>no es una definición de exportación de Amparo de una versión que esta versión de Amparo lea.</translation>
    </message>
    <message>
        <source>it has an unknown entry “%1”.</source>
        <translation>tiene una entrada desconocida “%1”.</translation>
    </message>
    <message>
        <source>an entry that should be text is not.</source>
        <translation>una entrada que debería ser texto no lo es.</translation>
    </message>
    <message>
        <source>“%1” is not something Amparo counts.</source>
        <translation>“%1” no es algo que Amparo cuente.</translation>
    </message>
    <message>
        <source>“by” must be a list.</source>
        <translation>“by” debe ser una lista.</translation>
    </message>
    <message>
        <source>“%1” is not something counts can be broken down by.</source>
        <translation>“%1” no es un criterio por el que se puedan desagregar los conteos.</translation>
    </message>
    <message>
        <source>“sites” must be a list.</source>
        <translation>“sites” debe ser una lista.</translation>
    </message>
    <message>
        <source>a site code is not text.</source>
        <translation>un código de sede no es texto.</translation>
    </message>
    <message>
        <source>the smallest count shown must be a whole number.</source>
        <translation>el conteo mínimo que se muestra debe ser un número entero.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>sites %1</source>
        <translation>sedes %1</translation>
    </message>
</context>
<context>
    <name>AggregateQuery</name>
    <message>
        <source>%1 cannot be broken down by “%2”. They can be by: %3.</source>
        <translation>%1 no se puede desagregar por “%2”. Se puede por: %3.</translation>
    </message>
</context>
<context>
    <name>AggregateService</name>
    <message>
        <source>The smallest count shown must be between %1 and %2.</source>
        <translation>El conteo mínimo que se muestra debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Specific needs are never counted per site. Count them by department, state or province, or by country.</source>
        <translation>Las necesidades específicas nunca se cuentan por sede. Cuéntelas por departamento, estado o provincia, o por país.</translation>
    </message>
    <message>
        <source>Leave out “%1” (%2 different values), or widen the period or the sites.</source>
        <translation>Quite “%1” (%2 valores distintos), o amplíe el período o las sedes.</translation>
    </message>
    <message>
        <source>Widen the period or the sites.</source>
        <translation>Amplíe el período o las sedes.</translation>
    </message>
    <message>
        <source>This breakdown would have %L1 combinations: too fine to read or to publish safely. %2</source>
        <translation>Esta desagregación tendría %L1 combinaciones: demasiado fina para leerla o publicarla con seguridad. %2</translation>
    </message>
    <message>
        <source>Too fine to publish: %1 of the %2 counts are below %3 and would be hidden. %4</source>
        <translation>Demasiado fino para publicar: %1 de los %2 conteos son menores que %3 y quedarían ocultos. %4</translation>
    </message>
</context>
<context>
    <name>AggregateTable</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluación</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Sin procedimiento</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Sin decisión aún</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>En una semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are hidden (primary suppression: %2 cells); where a hidden count could be worked out from a total, the next smallest count in that total is hidden too (complementary suppression: %3 cells). Totals are computed before anything is hidden and are hidden by the same rule. Zeros are shown. No name, document, date of birth, contact, note, case number or record identifier is exported; periods are never finer than a month.</source>
        <translation>Los conteos de 1 a %1 se ocultan (supresión primaria: %2 celdas); donde un conteo oculto podría deducirse de un total, también se oculta el siguiente conteo más pequeño de ese total (supresión complementaria: %3 celdas). Los totales se calculan antes de ocultar nada y se ocultan con la misma regla. Los ceros se muestran. No se exporta ningún nombre, documento, fecha de nacimiento, contacto, nota, número de caso ni identificador de registro; los períodos nunca son menores que un mes.</translation>
    </message>
    <message>
        <source>%1 (code)</source>
        <translation>%1 (código)</translation>
    </message>
    <message>
        <source>Hidden (counts below %1, and counts that would reveal them)</source>
        <translation>Oculto (conteos menores que %1 y conteos que los revelarían)</translation>
    </message>
    <message>
        <source>Other (fewer than %1 each)</source>
        <translation>Otros (menos de %1 cada uno)</translation>
    </message>
    <message>
        <source>Not at heightened risk</source>
        <translation>Sin riesgo elevado</translation>
    </message>
    <message>
        <source>Received from others</source>
        <translation>Recibidas de otras organizaciones</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Sin respuesta todavía</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Dentro de 24 horas</translation>
    </message>
    <message>
        <source>Within 72 hours</source>
        <translation>Dentro de 72 horas</translation>
    </message>
    <message>
        <source>Within 2 weeks</source>
        <translation>Dentro de 2 semanas</translation>
    </message>
    <message>
        <source>After 2 weeks</source>
        <translation>Después de 2 semanas</translation>
    </message>
    <message>
        <source>Told in a case</source>
        <translation>Contado en un caso</translation>
    </message>
    <message>
        <source>Told in a monitoring interview</source>
        <translation>Contado en una entrevista de monitoreo</translation>
    </message>
</context>
<context>
    <name>AggregateTableModel</name>
    <message>
        <source>Hidden to protect the people counted</source>
        <translation>Oculto para proteger a las personas contadas</translation>
    </message>
</context>
<context>
    <name>AggregateXlsxWriter</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteos</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Qué se cuenta</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Desagregado por</translation>
    </message>
    <message>
        <source>Nothing (one total)</source>
        <translation>Nada (un solo total)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The first record</source>
        <translation>El primer registro</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The day it was made</source>
        <translation>El día en que se hizo</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Conteo mínimo que se muestra</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>“—” means</source>
        <translation>“—” significa</translation>
    </message>
    <message>
        <source>hidden to protect the people counted</source>
        <translation>oculto para proteger a las personas contadas</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Hoja %1</translation>
    </message>
    <message>
        <source>Nothing could be shown safely.</source>
        <translation>Nada pudo mostrarse sin riesgo.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>verify, list or export the audit trail (administrators)</source>
        <translation>verificar, listar o exportar el registro de auditoría (administradores)</translation>
    </message>
    <message>
        <source>verify, list or export.</source>
        <translation>verify, list o export.</translation>
    </message>
    <message>
        <source>Only what this user did.</source>
        <translation>Solo lo que hizo este usuario.</translation>
    </message>
    <message>
        <source>Only this kind of action (sign_in, case, case.open, user, backup…).</source>
        <translation>Solo este tipo de acción (sign_in, case, case.open, user, backup…).</translation>
    </message>
    <message>
        <source>Only entries about this record (a case number, a user name).</source>
        <translation>Solo entradas sobre este registro (un número de caso, un nombre de usuario).</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation>Desde esta fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation>Hasta esta fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>list: at most this many entries.</source>
        <translation>list: como máximo esta cantidad de entradas.</translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation>export: el archivo CSV a escribir.</translation>
    </message>
    <message>
        <source>audit needs an action: verify, list or export.</source>
        <translation>audit necesita una acción: verify, list o export.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-05-31.</source>
        <translation>--%1 debe ser una fecha como 2026-05-31.</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries. Newest hash: %2</source>
        <translation>El registro de auditoría está intacto: %1 entradas. Huella más reciente: %2</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>El registro de auditoría fue alterado:</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>%1 entradas escritas en %2</translation>
    </message>
    <message>
        <source>The audit trail of %1 is intact: %2 entries. Newest hash: %3</source>
        <translation>El registro de auditoría de %1 está intacto: %2 entradas. Huella más reciente: %3</translation>
    </message>
    <message>
        <source>The audit trail of %1 was tampered with:</source>
        <translation>El registro de auditoría de %1 fue alterado:</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Desbloqueó la ventana</translation>
    </message>
    <message>
        <source>Registered a case</source>
        <translation>Registró un caso</translation>
    </message>
    <message>
        <source>Changed a case</source>
        <translation>Modificó un caso</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>Abrió un caso</translation>
    </message>
    <message>
        <source>Added a site</source>
        <translation>Agregó una sede</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Agregó un usuario</translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation>Modificó un usuario</translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation>Reactivó un usuario</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>Desactivó un usuario</translation>
    </message>
    <message>
        <source>Reset a passphrase</source>
        <translation>Restableció una frase de contraseña</translation>
    </message>
    <message>
        <source>Changed own passphrase</source>
        <translation>Cambió su frase de contraseña</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restauró una copia de seguridad</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Exportó el registro de auditoría</translation>
    </message>
    <message>
        <source>write to the audit trail</source>
        <translation>escribir en el registro de auditoría</translation>
    </message>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>No se pudo leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>Exported anonymized statistics</source>
        <translation>Exportó estadísticas anonimizadas</translation>
    </message>
    <message>
        <source>Changed the smallest count shown in statistics</source>
        <translation>Cambió el conteo mínimo que se muestra en las estadísticas</translation>
    </message>
    <message>
        <source>Opened a procedure</source>
        <translation>Abrió un trámite</translation>
    </message>
    <message>
        <source>Changed a procedure</source>
        <translation>Modificó un trámite</translation>
    </message>
    <message>
        <source>Recorded a step of a procedure</source>
        <translation>Registró un paso de un trámite</translation>
    </message>
    <message>
        <source>Added a deadline</source>
        <translation>Añadió un plazo</translation>
    </message>
    <message>
        <source>Marked a deadline done</source>
        <translation>Marcó un plazo como cumplido</translation>
    </message>
    <message>
        <source>Reopened a deadline</source>
        <translation>Reabrió un plazo</translation>
    </message>
    <message>
        <source>Checked for conflicts</source>
        <translation>Verificó conflictos de interés</translation>
    </message>
    <message>
        <source>Added an opposing party</source>
        <translation>Añadió una contraparte</translation>
    </message>
    <message>
        <source>Removed an opposing party</source>
        <translation>Quitó una contraparte</translation>
    </message>
    <message>
        <source>Screened for risk</source>
        <translation>Evaluó el riesgo</translation>
    </message>
    <message>
        <source>Updated a recommended action</source>
        <translation>Actualizó una acción recomendada</translation>
    </message>
    <message>
        <source>Recorded a specific need</source>
        <translation>Registró una necesidad específica</translation>
    </message>
    <message>
        <source>Removed a specific need</source>
        <translation>Quitó una necesidad específica</translation>
    </message>
    <message>
        <source>Registered a tracing request</source>
        <translation>Registró una solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Changed a tracing request</source>
        <translation>Modificó una solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Closed a tracing request</source>
        <translation>Cerró una solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Reopened a tracing request</source>
        <translation>Reabrió una solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Confirmed a match</source>
        <translation>Confirmó una coincidencia</translation>
    </message>
    <message>
        <source>Rejected a match</source>
        <translation>Descartó una coincidencia</translation>
    </message>
    <message>
        <source>Recorded a family link</source>
        <translation>Registró un vínculo familiar</translation>
    </message>
    <message>
        <source>Confirmed a family link</source>
        <translation>Confirmó un vínculo familiar</translation>
    </message>
    <message>
        <source>Removed a family link</source>
        <translation>Quitó un vínculo familiar</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importó desde un archivo</translation>
    </message>
    <message>
        <source>Added demonstration data</source>
        <translation>Añadió datos de demostración</translation>
    </message>
    <message>
        <source>Removed the demonstration data</source>
        <translation>Quitó los datos de demostración</translation>
    </message>
    <message>
        <source>Generated invented people</source>
        <translation>Generó personas inventadas</translation>
    </message>
    <message>
        <source>Made this database a site</source>
        <translation>Convirtió esta base de datos en una sede</translation>
    </message>
    <message>
        <source>Registered a site&apos;s card</source>
        <translation>Registró la tarjeta de una sede</translation>
    </message>
    <message>
        <source>Sent a package</source>
        <translation>Envió un paquete</translation>
    </message>
    <message>
        <source>Received a package</source>
        <translation>Recibió un paquete</translation>
    </message>
    <message>
        <source>Chose a version in the review list</source>
        <translation>Eligió una versión en la lista de revisión</translation>
    </message>
    <message>
        <source>Handed a case to the office</source>
        <translation>Entregó un caso a la oficina</translation>
    </message>
    <message>
        <source>Set the office&apos;s server</source>
        <translation>Fijó el servidor de la oficina</translation>
    </message>
    <message>
        <source>Merged two cases</source>
        <translation>Unió dos casos</translation>
    </message>
    <message>
        <source>Undid a merge of two cases</source>
        <translation>Deshizo la unión de dos casos</translation>
    </message>
    <message>
        <source>Merged two records of one person</source>
        <translation>Unió dos registros de una persona</translation>
    </message>
    <message>
        <source>Undid a merge of two records</source>
        <translation>Deshizo la unión de dos registros</translation>
    </message>
    <message>
        <source>Closed the review of a merge</source>
        <translation>Cerró la revisión de una unión</translation>
    </message>
    <message>
        <source>Wrote the code of conduct</source>
        <translation>Escribió el código de conducta</translation>
    </message>
    <message>
        <source>Accepted the code of conduct</source>
        <translation>Aceptó el código de conducta</translation>
    </message>
    <message>
        <source>Encrypted the database</source>
        <translation>Cifró la base de datos</translation>
    </message>
    <message>
        <source>Made a new recovery key</source>
        <translation>Creó una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Set a passphrase with the recovery key</source>
        <translation>Fijó una frase secreta con la clave de recuperación</translation>
    </message>
    <message>
        <source>Added a partner organisation</source>
        <translation>Añadió una organización socia</translation>
    </message>
    <message>
        <source>Changed a partner organisation</source>
        <translation>Cambió una organización socia</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Hizo una remisión</translation>
    </message>
    <message>
        <source>Recorded a referral&apos;s answer</source>
        <translation>Registró la respuesta a una remisión</translation>
    </message>
    <message>
        <source>Wrote a referral package</source>
        <translation>Escribió un paquete de remisión</translation>
    </message>
    <message>
        <source>Recorded a referral received</source>
        <translation>Registró una remisión recibida</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>Fijó un objetivo</translation>
    </message>
    <message>
        <source>Changed a goal</source>
        <translation>Cambió un objetivo</translation>
    </message>
    <message>
        <source>Planned an action or follow-up</source>
        <translation>Planificó una acción o un seguimiento</translation>
    </message>
    <message>
        <source>Changed an action or follow-up</source>
        <translation>Cambió una acción o un seguimiento</translation>
    </message>
    <message>
        <source>Handed a person a copy of their data</source>
        <translation>Entregó a una persona una copia de sus datos</translation>
    </message>
    <message>
        <source>Recorded a request to correct data</source>
        <translation>Registró una solicitud de corrección de datos</translation>
    </message>
    <message>
        <source>Answered a request about a person&apos;s data</source>
        <translation>Respondió una solicitud sobre los datos de una persona</translation>
    </message>
    <message>
        <source>Recorded a consent withdrawn</source>
        <translation>Registró un consentimiento retirado</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Suprimió a una persona</translation>
    </message>
    <message>
        <source>Refused to erase a person&apos;s data</source>
        <translation>Denegó suprimir los datos de una persona</translation>
    </message>
    <message>
        <source>Anonymized a case</source>
        <translation>Anonimizó un caso</translation>
    </message>
    <message>
        <source>Set how long closed cases are kept</source>
        <translation>Fijó cuánto tiempo se guardan los casos cerrados</translation>
    </message>
    <message>
        <source>Kept a closed case longer</source>
        <translation>Conservó un caso cerrado más tiempo</translation>
    </message>
    <message>
        <source>Recorded what happened to a person</source>
        <translation>Registró lo que le pasó a una persona</translation>
    </message>
    <message>
        <source>Changed what happened to a person</source>
        <translation>Cambió lo que le pasó a una persona</translation>
    </message>
    <message>
        <source>Removed what happened to a person</source>
        <translation>Eliminó lo que le pasó a una persona</translation>
    </message>
    <message>
        <source>Started a monitoring round</source>
        <translation>Empezó una ronda de monitoreo</translation>
    </message>
    <message>
        <source>Recorded a monitoring interview</source>
        <translation>Registró una entrevista de monitoreo</translation>
    </message>
    <message>
        <source>Sent counts to the network&apos;s coordinator</source>
        <translation>Envió conteos a la coordinación de la red</translation>
    </message>
</context>
<context>
    <name>AuditRedactor</name>
    <message>
        <source>empty the audit entries about the person erased</source>
        <translation>vaciar las entradas de la auditoría sobre la persona suprimida</translation>
    </message>
    <message>
        <source>read the posts&apos; audit trails</source>
        <translation>leer las auditorías de los puestos</translation>
    </message>
    <message>
        <source>empty the audit entries a post&apos;s erasure emptied</source>
        <translation>vaciar las entradas que vació la supresión de un puesto</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported (user: %1, action: %2, record: %3, from %4 to %5)</source>
        <translation>
            <numerusform>%n entrada exportada (usuario: %1, acción: %2, registro: %3, del %4 al %5)</numerusform>
            <numerusform>%n entradas exportadas (usuario: %1, acción: %2, registro: %3, del %4 al %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied: a person was erased; the erasure&apos;s entry says when and why)</source>
        <translation>(vaciada: se suprimió a una persona; la entrada de la supresión dice cuándo y por qué)</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing: it was removed.</source>
        <translation>Falta la entrada %1: fue eliminada.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were removed.</source>
        <translation>Faltan las entradas %1 a %2: fueron eliminadas.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were removed or their order was changed.</source>
        <translation>La entrada %1 no sigue a la entrada %2: se eliminaron entradas o se cambió su orden.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>La entrada %1 fue modificada después de escribirse.</translation>
    </message>
    <message>
        <source>The trail should have %1 entries ending in %2, but has %3: the newest entries were removed or the trail was rewritten.</source>
        <translation>El registro debería tener %1 entradas terminando en %2, pero tiene %3: se eliminaron las entradas más recientes o se reescribió el registro.</translation>
    </message>
    <message>
        <source>Entry %1 was emptied, but no erasure recorded after it says so.</source>
        <translation>La entrada %1 fue vaciada, pero ninguna supresión registrada después lo dice.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them emptied by erasures: who did what and when is kept, not the values.</source>
        <translation>
            <numerusform>%n de ellas vaciada por supresiones: se conserva quién hizo qué y cuándo, no los datos.</numerusform>
            <numerusform>%n de ellas vaciadas por supresiones: se conserva quién hizo qué y cuándo, no los datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Inicios de sesión</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Cases created or changed</source>
        <translation>Casos creados o modificados</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>case number or user</source>
        <translation>número de caso o usuario</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>Verificar el registro</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or moved.</source>
        <translation>Comprueba que ninguna entrada fue modificada, eliminada o movida.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, none changed, removed or moved. Newest hash: %1</source>
        <translation>
            <numerusform>El registro está intacto: %n entrada, ninguna modificada, eliminada ni movida. Huella más reciente: %1</numerusform>
            <numerusform>El registro está intacto: %n entradas, ninguna modificada, eliminada ni movida. Huella más reciente: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail was tampered with:</source>
        <translation>El registro fue alterado:</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:
%1</source>
        <translation>El registro de auditoría fue alterado:
%1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entrada)</numerusform>
            <numerusform>%1 (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>In the trail of %1: %2</source>
        <translation>En el registro de %1: %2</translation>
    </message>
    <message>
        <source>The trails the posts sent are intact too: %1.</source>
        <translation>Los registros que enviaron los puestos también están intactos: %1.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Esta base de datos ya tiene usuarios: inicie sesión.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation>No hay memoria suficiente para proteger la frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases for this name. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Demasiadas frases de contraseña incorrectas para este nombre. Espere %n segundo e intente de nuevo.</numerusform>
            <numerusform>Demasiadas frases de contraseña incorrectas para este nombre. Espere %n segundos e intente de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown user name)</source>
        <translation>(nombre de usuario desconocido)</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>El nombre de usuario o la frase de contraseña no son correctos. Compruebe que Bloq Mayús esté desactivado e intente de nuevo.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Esta cuenta fue desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Compruebe que Bloq Mayús esté desactivado e intente de nuevo.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>Solo %1 puede desbloquear esta ventana.</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>This server account is not the one of %1: the passphrase was not changed.</source>
        <translation>Esta cuenta del servidor no es la de %1: la frase de contraseña no se cambió.</translation>
    </message>
    <message>
        <source>Only an encrypted database has a recovery key.</source>
        <translation>Solo una base de datos cifrada tiene clave de recuperación.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Esta clave de recuperación no abre esta base de datos.</translation>
    </message>
    <message>
        <source>%1 is not an active administrator of this database. Give the name of one.</source>
        <translation>%1 no es un administrador activo de esta base de datos. Indique el nombre de uno.</translation>
    </message>
    <message>
        <source>Give the name of an active administrator.</source>
        <translation>Indique el nombre de un administrador activo.</translation>
    </message>
    <message>
        <source>new passphrase set with the recovery key</source>
        <translation>nueva frase de contraseña puesta con la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The backup file is damaged: it fails its integrity check. Nothing was restored.</source>
        <translation>El archivo de copia de seguridad está dañado: no pasa la verificación de integridad. No se restauró nada.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the backup with the passphrase. Close other programs and try again.</source>
        <translation>No hay memoria suficiente para proteger la copia con la frase de contraseña. Cierre otros programas e intente de nuevo.</translation>
    </message>
    <message>
        <source>Could not write the backup file: %1</source>
        <translation>No se pudo escribir el archivo de copia de seguridad: %1</translation>
    </message>
    <message>
        <source>This file is not an Amparo backup (or it was made by a newer version of Amparo).</source>
        <translation>Este archivo no es una copia de seguridad de Amparo (o fue hecho por una versión más nueva de Amparo).</translation>
    </message>
    <message>
        <source>Not enough memory to open the backup. Close other programs and try again.</source>
        <translation>No hay memoria suficiente para abrir la copia. Cierre otros programas e intente de nuevo.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file is damaged. Nothing was restored.</source>
        <translation>La frase de contraseña es incorrecta o el archivo de copia está dañado. No se restauró nada.</translation>
    </message>
    <message>
        <source>Could not write the restored database: %1</source>
        <translation>No se pudo escribir la base de datos restaurada: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write an encrypted backup of the whole database (--to FILE)</source>
        <translation>escribir una copia de seguridad cifrada de toda la base de datos (--to ARCHIVO)</translation>
    </message>
    <message>
        <source>The backup file to write. Its passphrase is asked for twice, or read from %1.</source>
        <translation>El archivo de copia a escribir. Su frase de contraseña se pide dos veces o se lee de %1.</translation>
    </message>
    <message>
        <source>backup needs --to FILE.</source>
        <translation>backup necesita --to ARCHIVO.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>No backup passphrase was given.</source>
        <translation>No se indicó la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad escrita en %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>The backup is a single encrypted file with everything in this database. Without the passphrase nobody can read it — and nobody can restore it: keep the passphrase somewhere safe, apart from the backup. Keep backups away from this computer, for example on a USB stick in a locked place.</source>
        <translation>La copia de seguridad es un único archivo cifrado con todo lo que hay en esta base de datos. Sin la frase de contraseña nadie puede leerla — y nadie puede restaurarla: guarde la frase en un lugar seguro, separada de la copia. Guarde las copias lejos de esta computadora, por ejemplo en una memoria USB en un lugar con llave.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparobackup)</source>
        <translation>Copias de Amparo (*.amparobackup)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Make the backup</source>
        <translation>Hacer la copia</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>the restored database fails its integrity check</source>
        <translation>la base de datos restaurada no pasa la verificación de integridad</translation>
    </message>
    <message>
        <source>it does not hold an Amparo database</source>
        <translation>no contiene una base de datos de Amparo</translation>
    </message>
    <message>
        <source>it was made by a newer version of Amparo</source>
        <translation>fue hecha por una versión más nueva de Amparo</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1. Nothing was changed.</source>
        <translation>La copia no se puede restaurar: %1. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the backup.</source>
        <translation>No se pudo crear una carpeta temporal para la copia.</translation>
    </message>
    <message>
        <source>copy the database for the backup</source>
        <translation>copiar la base de datos para la copia de seguridad</translation>
    </message>
    <message>
        <source>Could not read the copy of the database.</source>
        <translation>No se pudo leer la copia de la base de datos.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1: %2</source>
        <translation>No se pudo escribir la copia en %1: %2</translation>
    </message>
    <message>
        <source>encrypted backup written to %1</source>
        <translation>copia cifrada escrita en %1</translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2</source>
        <translation>No se pudo abrir la copia %1: %2</translation>
    </message>
    <message>
        <source>Could not write next to the database: %1</source>
        <translation>No se pudo escribir junto a la base de datos: %1</translation>
    </message>
    <message>
        <source>Could not write the restored database: the disk may be full.</source>
        <translation>No se pudo escribir la base de datos restaurada: puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>The backup file is damaged: its contents do not match its checksum. Nothing was restored.</source>
        <translation>El archivo de copia está dañado: su contenido no coincide con su suma de verificación. No se restauró nada.</translation>
    </message>
    <message>
        <source>Could not move the current database aside; nothing was changed. Is it open in another Amparo window?</source>
        <translation>No se pudo apartar la base de datos actual; no se cambió nada. ¿Está abierta en otra ventana de Amparo?</translation>
    </message>
    <message>
        <source>Could not put the restored database in place; the current database was left as it was.</source>
        <translation>No se pudo poner en su lugar la base de datos restaurada; la base actual quedó como estaba.</translation>
    </message>
    <message>
        <source>restored the backup made on %1 by %2; the previous database was kept at %3</source>
        <translation>restauró la copia hecha el %1 por %2; la base de datos anterior se guardó en %3</translation>
    </message>
    <message>
        <source>A database on a server is never replaced: a backup is restored into a new, empty database on the server (amparo-cli --database postgresql://server/new restore --from FILE), and then everyone connects to that one.</source>
        <translation>Una base de datos en un servidor nunca se reemplaza: la copia de seguridad se restaura en una base de datos nueva y vacía del servidor (amparo-cli --database postgresql://servidor/nueva restore --from ARCHIVO) y luego todos se conectan a esa.</translation>
    </message>
    <message>
        <source>restored the backup made on %1 by %2 into an empty database</source>
        <translation>restauró la copia de seguridad hecha el %1 por %2 en una base de datos vacía</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the restore.</source>
        <translation>No se pudo crear una carpeta temporal para la restauración.</translation>
    </message>
    <message numerus="yes">
        <source>; %n person(s) erased after the backup was made erased again</source>
        <translation>
            <numerusform>; %n persona suprimida después de la copia, suprimida de nuevo</numerusform>
            <numerusform>; %n personas suprimidas después de la copia, suprimidas de nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BirthDateEdit</name>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <source>Month and year</source>
        <translation>Mes y año</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <source>Approximate age</source>
        <translation>Edad aproximada</translation>
    </message>
    <message>
        <source>about</source>
        <translation>unos</translation>
    </message>
    <message>
        <source>years old</source>
        <translation>años</translation>
    </message>
    <message>
        <source>How the date of birth is known</source>
        <translation>Cómo se conoce la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mes de nacimiento</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
</context>
<context>
    <name>CaseAnonymizer</name>
    <message>
        <source>anonymize the case</source>
        <translation>anonimizar el caso</translation>
    </message>
    <message>
        <source>A member of this case is also in case %1: erase or anonymize them there, or take them out of one of the cases, first.</source>
        <translation>Un miembro de este caso también está en el caso %1: suprímalo o anonimícelo allí, o sáquelo de uno de los casos, primero.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Guardar el caso (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>why the case was closed or transferred</source>
        <translation>por qué se cerró o transfirió el caso</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profesional del caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation>Grupo familiar</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Agregar miembro…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>to be registered</source>
        <translation>a ser registrada</translation>
    </message>
    <message>
        <source>to share data with partner organisations for referral</source>
        <translation>a compartir datos con organizaciones aliadas para remisión</translation>
    </message>
    <message>
        <source>to be contacted for family tracing</source>
        <translation>a ser contactada para búsqueda de familiares</translation>
    </message>
    <message>
        <source>The person agreed</source>
        <translation>La persona aceptó</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Write a note; it is saved with the case.</source>
        <translation>Escriba una nota; se guarda con el caso.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation>(se asigna al guardar)</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Aún sin guardar: %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>Open the marked family member to correct:</source>
        <translation>Abra el miembro de la familia marcado para corregir:</translation>
    </message>
    <message>
        <source>The principal person cannot be removed from the case.</source>
        <translation>La persona principal no se puede quitar del caso.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove %1 from this family group? The change is written when you save the case.</source>
        <translation>¿Quitar a %1 de este grupo familiar? El cambio se escribe cuando guarde el caso.</translation>
    </message>
    <message>
        <source>The case “%1” has changes that are not saved. Save them before closing?</source>
        <translation>El caso «%1» tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Heightened risk</source>
        <translation>Riesgo elevado</translation>
    </message>
    <message>
        <source>Screen for risk</source>
        <translation>Evaluar riesgo</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them before screening?</source>
        <translation>El caso tiene cambios sin guardar. ¿Guardarlos antes de la evaluación?</translation>
    </message>
    <message>
        <source>Case and family</source>
        <translation>Caso y familia</translation>
    </message>
    <message>
        <source>Legal procedures and deadlines</source>
        <translation>Trámites legales y plazos</translation>
    </message>
    <message>
        <source>Save the case first.</source>
        <translation>Guarde primero el caso.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Relatives and tracing</source>
        <translation>Familiares y búsqueda</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Hand to the office…</source>
        <translation>Entregar a la oficina…</translation>
    </message>
    <message>
        <source>The office keeps the case from then on; this post reads it.</source>
        <translation>Desde entonces la oficina lleva el caso; este puesto lo consulta.</translation>
    </message>
    <message>
        <source>This case is kept by the site %1: it is changed there, and its changes arrive here in that site&apos;s packages. You can read it here.</source>
        <translation>Este caso lo lleva la sede %1: se modifica allí, y sus cambios llegan aquí en los paquetes de esa sede. Aquí puede consultarlo.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: the case goes to the office as it is saved.</source>
        <translation>Primero guarde o deshaga sus cambios: el caso va a la oficina tal como está guardado.</translation>
    </message>
    <message>
        <source>This database has no office to hand cases to.</source>
        <translation>Esta base de datos no tiene una oficina a la que entregar casos.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>— choose when closing —</source>
        <translation>— elija al cerrar —</translation>
    </message>
    <message>
        <source>town or region</source>
        <translation>ciudad o región</translation>
    </message>
    <message>
        <source>The person decided to return freely, informed of the conditions there</source>
        <translation>La persona decidió regresar libremente, informada de las condiciones allí</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Fecha del retorno</translation>
    </message>
    <message>
        <source>Returns to</source>
        <translation>Regresa a</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan del caso</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s) (the next: “%1” on %2)</source>
        <translation>
            <numerusform>%n plazo abierto (el próximo: «%1» el %2)</numerusform>
            <numerusform>%n plazos abiertos (el próximo: «%1» el %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s) in its plan (the next: “%1” on %2)</source>
        <translation>
            <numerusform>%n paso abierto en su plan (el próximo: «%1» el %2)</numerusform>
            <numerusform>%n pasos abiertos en su plan (el próximo: «%1» el %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>This case still has %1. Close it anyway? What is open stays open until marked done; a closed case&apos;s steps no longer show as overdue.</source>
        <translation>Este caso aún tiene %1. ¿Cerrarlo de todos modos? Lo abierto sigue abierto hasta que se marque como hecho; los pasos de un caso cerrado ya no aparecen como vencidos.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Data rights…</source>
        <translation>Derechos sobre los datos…</translation>
    </message>
    <message>
        <source>A person of the case asks to see, correct or erase their data, or withdraws a consent.</source>
        <translation>Una persona del caso pide ver, corregir o suprimir sus datos, o retira un consentimiento.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: a person&apos;s request is answered from the case as it is saved.</source>
        <translation>Guarde o deshaga primero sus cambios: la solicitud de una persona se responde desde el caso tal como está guardado.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
</context>
<context>
    <name>CaseFormatter</name>
    <message>
        <source>no identity document</source>
        <translation>sin documento de identidad</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Caso %1 — %2</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Registrado: %1</translation>
    </message>
    <message>
        <source>Caseworker: %1</source>
        <translation>Profesional del caso: %1</translation>
    </message>
    <message>
        <source>Family group:</source>
        <translation>Grupo familiar:</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido/a %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>También conocido/a como: %1</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>Nacionalidad: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation>Ahora en: %1</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral to partners</source>
        <translation>remisión a organizaciones aliadas</translation>
    </message>
    <message>
        <source>contact for family tracing</source>
        <translation>contacto para búsqueda de familiares</translation>
    </message>
    <message>
        <source>Consent given on %1 for %2, recorded by %3</source>
        <translation>Consentimiento dado el %1 para %2, registrado por %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Heightened risk (newest screening):</source>
        <translation>Riesgo elevado (evaluación más reciente):</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>no risk found</source>
        <translation>sin riesgo identificado</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Speak to staff</source>
        <translation>Hablar con el personal</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>%1 — similar name: %2</source>
        <translation>%1 — nombre parecido: %2</translation>
    </message>
    <message>
        <source>%1 — similar name: %2 (%3)</source>
        <translation>%1 — nombre parecido: %2 (%3)</translation>
    </message>
    <message>
        <source>(anonymized)</source>
        <translation>(anonimizado)</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search by name, document number or case number (Ctrl+F)</source>
        <translation>Buscar por nombre, número de documento o número de caso (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n caso encontrado</numerusform>
            <numerusform>%n casos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Cualquier riesgo</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>High risk, pending actions</source>
        <translation>Riesgo alto, acciones pendientes</translation>
    </message>
    <message>
        <source>Medium risk or higher</source>
        <translation>Riesgo medio o mayor</translation>
    </message>
    <message>
        <source>Any screened risk</source>
        <translation>Cualquier riesgo identificado</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>All risk categories</source>
        <translation>Todas las categorías de riesgo</translation>
    </message>
    <message>
        <source>High risk with pending actions</source>
        <translation>Riesgo alto con acciones pendientes</translation>
    </message>
    <message>
        <source>Some cases could not be shown. %1</source>
        <translation>Algunos casos no se pudieron mostrar. %1</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Categoría de riesgo</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message numerus="yes">
        <source>%n with a similar name</source>
        <translation>
            <numerusform>%n con un nombre parecido</numerusform>
            <numerusform>%n con un nombre parecido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown, of the %1 persons registered last with this name · more have it: type more of the name, or a document number</source>
        <translation>
            <numerusform>%n caso mostrado, de las %1 personas registradas más recientemente con este nombre · hay más: escriba más del nombre o un número de documento</numerusform>
            <numerusform>%n casos mostrados, de las %1 personas registradas más recientemente con este nombre · hay más: escriba más del nombre o un número de documento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMemberRepository</name>
    <message>
        <source>save the family group</source>
        <translation>guardar el grupo familiar</translation>
    </message>
</context>
<context>
    <name>CaseMerger</name>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>remisión</translation>
    </message>
    <message>
        <source>tracing contact</source>
        <translation>contacto para búsqueda familiar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profesional a cargo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>merge case %1 into %2</source>
        <translation>fusionar el caso %1 con el %2</translation>
    </message>
</context>
<context>
    <name>CaseNoteRepository</name>
    <message>
        <source>save the note</source>
        <translation>guardar la nota</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Needs met, services completed</source>
        <translation>Necesidades atendidas, servicios completados</translation>
    </message>
    <message>
        <source>Regular migration status obtained</source>
        <translation>Obtuvo un estatus migratorio regular</translation>
    </message>
    <message>
        <source>Recognised as a refugee</source>
        <translation>Reconocida como refugiada</translation>
    </message>
    <message>
        <source>Settled in the host community</source>
        <translation>Se estableció en la comunidad de acogida</translation>
    </message>
    <message>
        <source>Resettled to a third country</source>
        <translation>Reasentada en un tercer país</translation>
    </message>
    <message>
        <source>Moved on to another country</source>
        <translation>Siguió viaje a otro país</translation>
    </message>
    <message>
        <source>Voluntary return to the country of origin</source>
        <translation>Retorno voluntario al país de origen</translation>
    </message>
    <message>
        <source>Followed by another organisation</source>
        <translation>La acompaña otra organización</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>Se perdió el contacto</translation>
    </message>
    <message>
        <source>The person died</source>
        <translation>La persona falleció</translation>
    </message>
    <message>
        <source>Other (say in the reason)</source>
        <translation>Otro (dígalo en el motivo)</translation>
    </message>
</context>
<context>
    <name>CasePlanPanel</name>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Fijar un objetivo…</translation>
    </message>
    <message>
        <source>Change the goal…</source>
        <translation>Cambiar el objetivo…</translation>
    </message>
    <message>
        <source>Actions and follow-ups</source>
        <translation>Acciones y seguimientos</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué está</translation>
    </message>
    <message>
        <source>Show those done or cancelled</source>
        <translation>Mostrar los hechos o cancelados</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Agregar una acción…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Planificar un seguimiento…</translation>
    </message>
    <message>
        <source>Change or record…</source>
        <translation>Cambiar o registrar…</translation>
    </message>
    <message>
        <source>Change the step, or record that it was done or cancelled.</source>
        <translation>Cambiar el paso, o registrar que se hizo o se canceló.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Hecho el %1</translation>
    </message>
    <message>
        <source>Save the case first; then set its goals and plan its steps.</source>
        <translation>Guarde primero el caso; luego fije sus objetivos y planifique sus pasos.</translation>
    </message>
    <message>
        <source>Next step: %1 — %2, %3.</source>
        <translation>Próximo paso: %1 — %2, %3.</translation>
    </message>
    <message>
        <source>This case has no next step: add an action or plan a follow-up.</source>
        <translation>Este caso no tiene próximo paso: agregue una acción o planifique un seguimiento.</translation>
    </message>
</context>
<context>
    <name>CasePlanRepository</name>
    <message>
        <source>save the goal</source>
        <translation>guardar el objetivo</translation>
    </message>
    <message>
        <source>save the step of the plan</source>
        <translation>guardar el paso del plan</translation>
    </message>
    <message>
        <source>read the case&apos;s goals</source>
        <translation>leer los objetivos del caso</translation>
    </message>
    <message>
        <source>read the case&apos;s plan</source>
        <translation>leer el plan del caso</translation>
    </message>
    <message>
        <source>read the overdue steps of case plans</source>
        <translation>leer los pasos vencidos de los planes de caso</translation>
    </message>
    <message>
        <source>read the cases with no next step</source>
        <translation>leer los casos sin próximo paso</translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>El objetivo ya no existe.</translation>
    </message>
    <message>
        <source>The step of the plan no longer exists.</source>
        <translation>El paso del plan ya no existe.</translation>
    </message>
</context>
<context>
    <name>CasePlanService</name>
    <message>
        <source>Say what the goal is.</source>
        <translation>Diga cuál es el objetivo.</translation>
    </message>
    <message>
        <source>The goal can have at most %1 characters.</source>
        <translation>El objetivo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La fecha está en el futuro.</translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation>Diga para qué es el seguimiento.</translation>
    </message>
    <message>
        <source>Say what must be done.</source>
        <translation>Diga qué hay que hacer.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters.</source>
        <translation>La descripción puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Say how the follow-up reaches the family.</source>
        <translation>Diga cómo llega el seguimiento a la familia.</translation>
    </message>
    <message>
        <source>That goal is not one of this case&apos;s.</source>
        <translation>Ese objetivo no es de este caso.</translation>
    </message>
    <message>
        <source>The goal “%1” is %2: choose an open one.</source>
        <translation>El objetivo «%1» está %2: elija uno abierto.</translation>
    </message>
    <message>
        <source>Say who is responsible.</source>
        <translation>Diga quién es responsable.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation>Indique la fecha en que vence.</translation>
    </message>
    <message>
        <source>The date it was done is in the future.</source>
        <translation>La fecha en que se hizo está en el futuro.</translation>
    </message>
    <message>
        <source>Say what came of the follow-up.</source>
        <translation>Diga qué resultó del seguimiento.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Diga por qué se cancela.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>La nota puede tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>CaseRedactor</name>
    <message>
        <source>not shown to your role</source>
        <translation>no se muestra a su rol</translation>
    </message>
    <message>
        <source>identity documents and phone numbers</source>
        <translation>documentos de identidad y teléfonos</translation>
    </message>
    <message>
        <source>exact dates of birth (the year is shown)</source>
        <translation>fechas de nacimiento exactas (se muestra el año)</translation>
    </message>
    <message>
        <source>notes and reasons for closing</source>
        <translation>notas y motivos de cierre</translation>
    </message>
    <message>
        <source>Not shown to your role, whether recorded or not: %1.</source>
        <translation>No se muestra a su rol, esté registrado o no: %1.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>assign a case number</source>
        <translation>asignar un número de caso</translation>
    </message>
    <message>
        <source>Could not assign a case number.</source>
        <translation>No se pudo asignar un número de caso.</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>guardar el caso</translation>
    </message>
    <message>
        <source>Case %1 no longer exists; someone may have removed it.</source>
        <translation>El caso %1 ya no existe; puede que alguien lo haya eliminado.</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else after you opened it. Your changes are still in the form: close the case, open it again to see the other changes, and enter yours again.</source>
        <translation>Otra persona modificó el caso %1 después de que usted lo abriera. Sus cambios siguen en el formulario: cierre el caso, ábralo de nuevo para ver los otros cambios e ingrese los suyos otra vez.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>El caso ya no existe.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>The document %1 (%2) is already registered for %3. Check the number, or open that person&apos;s case.</source>
        <translation>El documento %1 (%2) ya está registrado para %3. Revise el número o abra el caso de esa persona.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>This site&apos;s cases are registered at %1, which gives their numbers. Choose one of this database&apos;s own sites.</source>
        <translation>Los casos de esta sede se registran en %1, que asigna sus números. Elija una de las sedes propias de esta base de datos.</translation>
    </message>
    <message>
        <source>This site&apos;s cases are registered at %1.</source>
        <translation>Los casos de esta sede se registran en %1.</translation>
    </message>
    <message>
        <source>Registered as a new person despite possible matches: %1</source>
        <translation>Registrada como persona nueva pese a posibles coincidencias: %1</translation>
    </message>
    <message>
        <source>Choose how the case ended.</source>
        <translation>Elija cómo terminó el caso.</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
</context>
<context>
    <name>CaseTransferService</name>
    <message>
        <source>Say why the case goes to the office (at most 500 characters).</source>
        <translation>Indique por qué el caso va a la oficina (como máximo 500 caracteres).</translation>
    </message>
    <message>
        <source>Say why the case goes to the office.</source>
        <translation>Indique por qué el caso va a la oficina.</translation>
    </message>
    <message>
        <source>Only a field post hands cases to its office, once the office&apos;s card is registered here.</source>
        <translation>Solo un puesto de campo entrega casos a su oficina, una vez registrada aquí la tarjeta de la oficina.</translation>
    </message>
    <message>
        <source>hand the case to the office</source>
        <translation>entregar el caso a la oficina</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>El caso ya no existe.</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>%1 is recorded as a child or grandchild of %2 but was born before them. Check both dates of birth and the relationship.</source>
        <translation>%1 figura como hijo/a o nieto/a de %2 pero nació antes. Revise ambas fechas de nacimiento y el parentesco.</translation>
    </message>
    <message>
        <source>%1 is recorded as a parent or grandparent of %2 but was born after them. Check both dates of birth and the relationship.</source>
        <translation>%1 figura como padre/madre o abuelo/a de %2 pero nació después. Revise ambas fechas de nacimiento y el parentesco.</translation>
    </message>
    <message>
        <source>Choose the site where the case is registered.</source>
        <translation>Elija la sede donde se registra el caso.</translation>
    </message>
    <message>
        <source>Enter the registration date.</source>
        <translation>Ingrese la fecha de registro.</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>La fecha de registro está en el futuro.</translation>
    </message>
    <message>
        <source>The caseworker&apos;s name can have at most %1 characters.</source>
        <translation>El nombre del/de la profesional puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Say why the case is closed or transferred.</source>
        <translation>Indique por qué se cierra o transfiere el caso.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>El motivo es demasiado largo.</translation>
    </message>
    <message>
        <source>A case needs a principal person.</source>
        <translation>Un caso necesita una persona principal.</translation>
    </message>
    <message>
        <source>A case can have at most %1 members.</source>
        <translation>Un caso puede tener como máximo %1 miembros.</translation>
    </message>
    <message>
        <source>The first member must be the principal person.</source>
        <translation>El primer miembro debe ser la persona principal.</translation>
    </message>
    <message>
        <source>%1 cannot also be principal: a case has one principal.</source>
        <translation>%1 no puede ser también principal: un caso tiene una sola persona principal.</translation>
    </message>
    <message>
        <source>The document %1 of %2 is also recorded for another member of this case.</source>
        <translation>El documento %1 de %2 también está registrado para otro miembro de este caso.</translation>
    </message>
    <message>
        <source>Say who wrote the note.</source>
        <translation>Indique quién escribió la nota.</translation>
    </message>
    <message>
        <source>A note is empty.</source>
        <translation>Una nota está vacía.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Una nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Ingrese la fecha en que se dio el consentimiento.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>La fecha del consentimiento está en el futuro.</translation>
    </message>
    <message>
        <source>Enter who recorded the consent.</source>
        <translation>Ingrese quién registró el consentimiento.</translation>
    </message>
    <message>
        <source>Only a closed case has an outcome.</source>
        <translation>Solo un caso cerrado tiene resultado.</translation>
    </message>
    <message>
        <source>A return is recorded only with the outcome “voluntary return”.</source>
        <translation>Un retorno se registra solo con el resultado «retorno voluntario».</translation>
    </message>
    <message>
        <source>Enter the date of the return.</source>
        <translation>Ingrese la fecha del retorno.</translation>
    </message>
    <message>
        <source>The return is dated before the case was registered.</source>
        <translation>La fecha del retorno es anterior al registro del caso.</translation>
    </message>
    <message>
        <source>The return is dated more than a year ahead.</source>
        <translation>La fecha del retorno está a más de un año.</translation>
    </message>
    <message>
        <source>Choose the country the person returns to.</source>
        <translation>Elija el país al que regresa la persona.</translation>
    </message>
    <message>
        <source>The place can have at most %1 characters.</source>
        <translation>El lugar puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A return must be voluntary and informed: confirm that the person decided it freely, knowing the conditions in the place of return.</source>
        <translation>Un retorno debe ser voluntario e informado: confirme que la persona lo decidió libremente, conociendo las condiciones del lugar de retorno.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>The chosen site no longer exists.</source>
        <translation>La sede elegida ya no existe.</translation>
    </message>
    <message>
        <source>A case needs its principal person.</source>
        <translation>Un caso necesita su persona principal.</translation>
    </message>
</context>
<context>
    <name>CatalogueChoices</name>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>What the person chose to say about themselves</source>
        <translation>Lo que la persona eligió decir de sí misma</translation>
    </message>
    <message>
        <source>Only what the person chose to say. Nothing is required.</source>
        <translation>Solo lo que la persona eligió decir. Nada es obligatorio.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>read the changes still to send</source>
        <translation>leer los cambios que faltan por enviar</translation>
    </message>
    <message>
        <source>The server did not say which changes ended.</source>
        <translation>El servidor no indicó qué cambios terminaron.</translation>
    </message>
    <message>
        <source>forget the changes every site has</source>
        <translation>olvidar los cambios que ya tienen todas las sedes</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check the whole database file and show its schema version</source>
        <translation>verificar todo el archivo de la base de datos y mostrar su versión de esquema</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation>Versión del esquema: %1 (este Amparo: %2)</translation>
    </message>
    <message>
        <source>The database file is damaged:</source>
        <translation>El archivo de la base de datos está dañado:</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridad: correcta</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>This database has no users yet: create the administrator with amparo-cli init --admin NAME.</source>
        <translation>Esta base de datos aún no tiene usuarios: cree el administrador con amparo-cli init --admin NOMBRE.</translation>
    </message>
    <message>
        <source>Sign in with --user NAME (the passphrase is asked for, or read from %1).</source>
        <translation>Inicie sesión con --user NOMBRE (la frase de contraseña se pide o se lee de %1).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>No se indicó ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old file is at %1</source>
        <translation>La base de datos fue actualizada; hay una copia del archivo anterior en %1</translation>
    </message>
    <message>
        <source>On this server each person signs in with their own account: give --user NAME (the passphrase is asked for, or read from %1).</source>
        <translation>En este servidor cada persona entra con su propia cuenta: indique --user NOMBRE (la frase de contraseña se pregunta, o se lee de %1).</translation>
    </message>
    <message>
        <source>This database is encrypted: give --user NAME (the passphrase is asked for, or read from %1), or its recovery key in %2.</source>
        <translation>Esta base de datos está cifrada: indique --user NOMBRE (la frase de contraseña se pide, o se lee de %1), o su clave de recuperación en %2.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its recovery key opens it if every passphrase is lost; it is shown only now. Write it down or print it, and keep it apart from this computer:</source>
        <translation>%1 está cifrada. Su clave de recuperación la abre si se pierden todas las frases de contraseña; solo se muestra ahora. Anótela o imprímala, y guárdela lejos de esta computadora:</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its recovery key was written to %2: print it or copy it by hand, keep it apart from this computer, and delete the file.</source>
        <translation>%1 está cifrada. Su clave de recuperación se escribió en %2: imprímala o cópiela a mano, guárdela lejos de esta computadora y borre el archivo.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s code of conduct (version %1) is waiting for you: open Amparo&apos;s window, read it and accept it, then run this again.</source>
        <translation>El código de conducta de su organización (versión %1) le espera: abra la ventana de Amparo, léalo y acéptelo, y vuelva a ejecutar esto.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: amparo-cli [--database PATH] [--user NAME] COMMAND [OPTIONS]</source>
        <translation>Uso: amparo-cli [--database RUTA] [--user NOMBRE] COMANDO [OPCIONES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run amparo-cli COMMAND --help for the options of a command.</source>
        <translation>Ejecute amparo-cli COMANDO --help para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Sign in with --user NAME; the passphrase is asked for, or read from %1.</source>
        <translation>Inicie sesión con --user NOMBRE; la frase de contraseña se pide o se lee de %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 input refused (nothing saved), 4 not signed in or not permitted.</source>
        <translation>Códigos de salida: 0 hecho, 1 falló, 2 uso incorrecto, 3 datos rechazados (no se guardó nada), 4 sin sesión o no permitido.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Iniciar sesión como este usuario.</translation>
    </message>
    <message>
        <source>The database file, or an office server&apos;s database as postgresql://server[:port]/database (default: %1).</source>
        <translation>El archivo de la base de datos, o la base de datos del servidor de la oficina como postgresql://servidor[:puerto]/base (predeterminado: %1).</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Open the request again</source>
        <translation>Reabrir la solicitud</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Cerrar la solicitud</translation>
    </message>
    <message>
        <source>The family was reunited</source>
        <translation>La familia se reunificó</translation>
    </message>
    <message>
        <source>Closed for another reason</source>
        <translation>Cerrada por otro motivo</translation>
    </message>
    <message>
        <source>&lt;small&gt;A reunion is recorded after the match of the person found is confirmed.&lt;/small&gt;</source>
        <translation>&lt;small&gt;La reunificación se registra después de confirmar la coincidencia de la persona encontrada.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>why it is opened again</source>
        <translation>por qué se reabre</translation>
    </message>
    <message>
        <source>the family found each other themselves, the person asking withdrew…</source>
        <translation>la familia se encontró por su cuenta, quien preguntaba desistió…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConductAcceptanceDialog</name>
    <message>
        <source>Code of conduct</source>
        <translation>Código de conducta</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>Close Amparo</source>
        <translation>Cerrar Amparo</translation>
    </message>
    <message>
        <source>Before you work in Amparo, read your organisation&apos;s code of conduct and accept it.</source>
        <translation>Antes de trabajar en Amparo, lea el código de conducta de su organización y acéptelo.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s code of conduct has changed (version %1). Read it and accept it before you go on.</source>
        <translation>El código de conducta de su organización cambió (versión %1). Léalo y acéptelo antes de seguir.</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of conduct</source>
        <translation>Código de conducta</translation>
    </message>
    <message>
        <source>What everyone who uses Amparo here promises about the people in it. Every user reads and accepts it at sign-in, and again whenever it changes.</source>
        <translation>Lo que promete quien usa Amparo aquí sobre las personas registradas. Cada usuario lo lee y lo acepta al iniciar sesión, y de nuevo cada vez que cambia.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Guardar como nueva versión</translation>
    </message>
    <message>
        <source>No code of conduct has been written yet. Write your organisation&apos;s: users will be asked to accept it at sign-in.</source>
        <translation>Aún no se ha escrito un código de conducta. Escriba el de su organización: se pedirá a los usuarios que lo acepten al iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, written by %2 on %3. Accepted by %n user(s) so far.</source>
        <translation>
            <numerusform>Versión %1, escrita por %2 el %3. Aceptada hasta ahora por %n usuario.</numerusform>
            <numerusform>Versión %1, escrita por %2 el %3. Aceptada hasta ahora por %n usuarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConductRepository</name>
    <message>
        <source>read the code of conduct</source>
        <translation>leer el código de conducta</translation>
    </message>
    <message>
        <source>save the code of conduct</source>
        <translation>guardar el código de conducta</translation>
    </message>
    <message>
        <source>read who accepted the code of conduct</source>
        <translation>leer quién aceptó el código de conducta</translation>
    </message>
    <message>
        <source>record the acceptance of the code of conduct</source>
        <translation>registrar la aceptación del código de conducta</translation>
    </message>
</context>
<context>
    <name>ConductService</name>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Write the code of conduct.</source>
        <translation>Escriba el código de conducta.</translation>
    </message>
    <message>
        <source>The code of conduct can have at most %1 characters.</source>
        <translation>El código de conducta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The code of conduct changed while you were reading it: read the new version.</source>
        <translation>El código de conducta cambió mientras lo leía: lea la nueva versión.</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check · %1</source>
        <translation>Verificación de conflictos · %1</translation>
    </message>
    <message>
        <source>Before taking on a case or a procedure, check that the clinic does not already act for, or against, the same people. Names are compared ignoring accents, case and small spelling differences; document numbers must match.</source>
        <translation>Antes de asumir un caso o un trámite, verifique que la clínica no representa ya a las mismas personas, ni actúa contra ellas. Los nombres se comparan sin tener en cuenta tildes, mayúsculas ni pequeñas diferencias de escritura; los números de documento deben coincidir.</translation>
    </message>
    <message>
        <source>Opposing parties in this case</source>
        <translation>Contrapartes en este caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>name of the other side</source>
        <translation>nombre de la contraparte</translation>
    </message>
    <message>
        <source>document number, if known</source>
        <translation>número de documento, si se conoce</translation>
    </message>
    <message>
        <source>relation to the case</source>
        <translation>relación con el caso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Names to check</source>
        <translation>Nombres a verificar</translation>
    </message>
    <message>
        <source>Document numbers (comma between them)</source>
        <translation>Números de documento (separados por comas)</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Añadir un nombre</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Possible conflicts</source>
        <translation>Posibles conflictos</translation>
    </message>
    <message>
        <source>Run the check to see possible conflicts.</source>
        <translation>Ejecute la verificación para ver los posibles conflictos.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Parecido</translation>
    </message>
    <message>
        <source>why — required when waived or declined</source>
        <translation>por qué — obligatorio si se dispensa o se declina</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Checks recorded on this case</source>
        <translation>Verificaciones registradas en este caso</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Checked: %1
Found:
%2</source>
        <translation>Verificado: %1
Encontrado:
%2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Opposing parties</source>
        <translation>Contrapartes</translation>
    </message>
    <message>
        <source>Remove %1 from the opposing parties of this case?</source>
        <translation>¿Quitar a %1 de las contrapartes de este caso?</translation>
    </message>
    <message>
        <source>The names changed: run the check again.</source>
        <translation>Los nombres cambiaron: vuelva a verificar.</translation>
    </message>
    <message>
        <source>Write at least one name or document number to check.</source>
        <translation>Escriba al menos un nombre o número de documento para verificar.</translation>
    </message>
    <message numerus="yes">
        <source>No possible conflict found among %n name(s).</source>
        <translation>
            <numerusform>No se encontró ningún posible conflicto para %n nombre.</numerusform>
            <numerusform>No se encontró ningún posible conflicto entre %n nombres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s): look at each before deciding.</source>
        <translation>
            <numerusform>%n posible conflicto: revíselo antes de decidir.</numerusform>
            <numerusform>%n posibles conflictos: revise cada uno antes de decidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check first.</source>
        <translation>Primero ejecute la verificación.</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Decisión registrada: %1.</translation>
    </message>
    <message>
        <source>Name of the opposing party</source>
        <translation>Nombre de la contraparte</translation>
    </message>
    <message>
        <source>Their document number</source>
        <translation>Su número de documento</translation>
    </message>
    <message>
        <source>Their relation to the case</source>
        <translation>Su relación con el caso</translation>
    </message>
</context>
<context>
    <name>ConflictCheckService</name>
    <message>
        <source>Conflict waived</source>
        <translation>Conflicto dispensado</translation>
    </message>
    <message>
        <source>Declined because of a conflict</source>
        <translation>Declinado por conflicto</translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation>Sin conflicto</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>same document number %1</source>
        <translation>mismo número de documento %1</translation>
    </message>
    <message>
        <source>opposing party</source>
        <translation>contraparte</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>No se verificó nada.</translation>
    </message>
    <message>
        <source>Say why the conflict is waived or the case declined.</source>
        <translation>Indique por qué se dispensa el conflicto o se declina el caso.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s) found</source>
        <translation>
            <numerusform>%n posible conflicto encontrado</numerusform>
            <numerusform>%n posibles conflictos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the opposing party&apos;s name (at most 200 characters).</source>
        <translation>Escriba el nombre de la contraparte (máximo 200 caracteres).</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>save the opposing party</source>
        <translation>guardar la contraparte</translation>
    </message>
    <message>
        <source>remove the opposing party</source>
        <translation>quitar la contraparte</translation>
    </message>
    <message>
        <source>save the conflict check</source>
        <translation>guardar la verificación de conflictos</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>save the consent</source>
        <translation>guardar el consentimiento</translation>
    </message>
</context>
<context>
    <name>CopyToCommand</name>
    <message>
        <source>copy the whole database into an empty one, such as the office&apos;s server (LOCATION; administrators)</source>
        <translation>copiar toda la base de datos en una vacía, como la del servidor de la oficina (UBICACIÓN; administradores)</translation>
    </message>
    <message>
        <source>The empty database to fill: postgresql://server[:port]/database, or a file.</source>
        <translation>La base de datos vacía que se llenará: postgresql://servidor[:puerto]/base, o un archivo.</translation>
    </message>
    <message>
        <source>copy-to needs the location of the database to fill, for example postgresql://server/amparo.</source>
        <translation>copy-to necesita la ubicación de la base de datos que se llenará, por ejemplo postgresql://servidor/amparo.</translation>
    </message>
    <message>
        <source>Copying… %1%</source>
        <translation>Copiando… %1%</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; every table counted on both sides, and the audit trail (%3 entries) verified on arrival.</source>
        <translation>Se copiaron %1 filas en %2; cada tabla se contó en ambos lados y el registro de auditoría (%3 entradas) se verificó al llegar.</translation>
    </message>
    <message>
        <source>Leave a new database file unencrypted: only where its disk is encrypted already.</source>
        <translation>Dejar sin cifrar un archivo de base de datos nuevo: solo donde su disco ya está cifrado.</translation>
    </message>
    <message>
        <source>Write a new encrypted file&apos;s recovery key to this file instead of printing it.</source>
        <translation>Escribir la clave de recuperación del nuevo archivo cifrado en este archivo en vez de mostrarla.</translation>
    </message>
</context>
<context>
    <name>CountryCatalog</name>
    <message>
        <source>Stateless</source>
        <translation>Apátrida</translation>
    </message>
    <message>
        <source>Nationality unknown</source>
        <translation>Nacionalidad desconocida</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>— not recorded —</source>
        <translation>— sin registrar —</translation>
    </message>
</context>
<context>
    <name>CountsPackage</name>
    <message>
        <source>This is not a counts package Amparo can add up: %1</source>
        <translation>Este no es un paquete de conteos que Amparo pueda sumar: %1</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>no es JSON.</translation>
    </message>
    <message>
        <source>it does not say it is one.</source>
        <translation>no dice que lo sea.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Amparo.</source>
        <translation>lo hizo una versión más nueva de Amparo.</translation>
    </message>
    <message>
        <source>it answers a report this version does not know.</source>
        <translation>responde a un informe que esta versión no conoce.</translation>
    </message>
    <message>
        <source>its period is not one.</source>
        <translation>su período no es válido.</translation>
    </message>
    <message>
        <source>its tables are missing or too many.</source>
        <translation>le faltan las tablas o tiene demasiadas.</translation>
    </message>
    <message>
        <source>a table counts something this version does not know.</source>
        <translation>una tabla cuenta algo que esta versión no conoce.</translation>
    </message>
    <message>
        <source>a table&apos;s breakdowns are missing or too many.</source>
        <translation>a una tabla le faltan los desgloses o tiene demasiados.</translation>
    </message>
    <message>
        <source>a table&apos;s breakdowns are unknown or repeated.</source>
        <translation>los desgloses de una tabla son desconocidos o se repiten.</translation>
    </message>
    <message>
        <source>a table&apos;s counts are missing or too many.</source>
        <translation>a una tabla le faltan los conteos o tiene demasiados.</translation>
    </message>
    <message>
        <source>a count is not a combination and a number.</source>
        <translation>un conteo no es una combinación y un número.</translation>
    </message>
    <message>
        <source>a value is not a code.</source>
        <translation>un valor no es un código.</translation>
    </message>
    <message>
        <source>a combination does not fit its table or comes twice.</source>
        <translation>una combinación no corresponde a su tabla o aparece dos veces.</translation>
    </message>
    <message>
        <source>a count is not a whole number from 1 to %L1.</source>
        <translation>un conteo no es un número entero de 1 a %L1.</translation>
    </message>
</context>
<context>
    <name>CountsPackageService</name>
    <message>
        <source>Write the period as a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Escriba el período como un mes (2026-03) o un trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>The counts package could not be written to %1: %2</source>
        <translation>No se pudo escribir el paquete de conteos en %1: %2</translation>
    </message>
    <message>
        <source>Open the organisations&apos; counts packages first.</source>
        <translation>Abra primero los paquetes de conteos de las organizaciones.</translation>
    </message>
    <message>
        <source>%1 sent the counts of %2 to %3, the others of %4 to %5: add up one period at a time.</source>
        <translation>%1 envió los conteos de %2 a %3, las demás de %4 a %5: sume un período a la vez.</translation>
    </message>
    <message>
        <source>There are two packages from %1: keep only the newer.</source>
        <translation>Hay dos paquetes de %1: deje solo el más reciente.</translation>
    </message>
    <message>
        <source>The package from %1 does not answer this version&apos;s report: ask them to send it again from an up-to-date Amparo.</source>
        <translation>El paquete de %1 no responde al informe de esta versión: pídale que lo envíe de nuevo desde un Amparo actualizado.</translation>
    </message>
    <message>
        <source>The organisations&apos; packages do not hold this breakdown.</source>
        <translation>Los paquetes de las organizaciones no contienen este desglose.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Amparo&apos;s encryption library failed its self-test, so Amparo will not run: your data could not be protected. Reinstall Amparo.</source>
        <translation>La biblioteca de cifrado de Amparo falló su autoprueba, así que Amparo no se ejecutará: sus datos no podrían protegerse. Reinstale Amparo.</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>Column %1 holds more than %L2 characters; no field of a record is this long. Check that quotation marks are closed.</source>
        <translation>La columna %1 tiene más de %L2 caracteres; ningún campo de un registro es tan largo. Revise que las comillas estén cerradas.</translation>
    </message>
    <message>
        <source>The row has more than %L1 columns.</source>
        <translation>La fila tiene más de %L1 columnas.</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed: the rest of the file was read as one cell.</source>
        <translation>Unas comillas abiertas en esta fila nunca se cierran: el resto del archivo se leyó como una sola celda.</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 no se pudo leer: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data. Choose the CSV or .xlsx file exported from your spreadsheet.</source>
        <translation>%1 no es un archivo CSV: contiene datos binarios. Elija el archivo CSV o .xlsx exportado de su hoja de cálculo.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>%1 no se pudo volver a leer: %2</translation>
    </message>
    <message>
        <source>%1 has no rows: there is nothing to import.</source>
        <translation>%1 no tiene filas: no hay nada que importar.</translation>
    </message>
    <message>
        <source>The first row of %1 cannot be read as column names: %2</source>
        <translation>La primera fila de %1 no se puede leer como nombres de columnas: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>CSV text, %1, columns separated by %2</source>
        <translation>Texto CSV, %1, columnas separadas por %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export counts…</source>
        <translation>Exportar conteos…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Nada registrado en este período.</translation>
    </message>
    <message>
        <source>%1 · Anonymized counts: anything below %2 is hidden (—), with the counts that would give it away.</source>
        <translation>%1 · Conteos anonimizados: todo lo menor que %2 se oculta (—), junto con los conteos que lo delatarían.</translation>
    </message>
    <message>
        <source>Smallest count shown…</source>
        <translation>Conteo mínimo que se muestra…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Conteo mínimo que se muestra</translation>
    </message>
    <message>
        <source>Counts below this number are hidden in every statistic, export and report of the organisation (at least %1):</source>
        <translation>Los conteos menores que este número se ocultan en todas las estadísticas, exportaciones e informes de la organización (al menos %1):</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Network…</source>
        <translation>Red…</translation>
    </message>
    <message>
        <source>Send our counts to the network&apos;s coordinator, or add up the organisations&apos; counts.</source>
        <translation>Enviar nuestros conteos a la coordinación de la red, o sumar los conteos de las organizaciones.</translation>
    </message>
</context>
<context>
    <name>DataRequestDecision</name>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder aún</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Concedida en parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
</context>
<context>
    <name>DataRequestKind</name>
    <message>
        <source>See their data</source>
        <translation>Ver sus datos</translation>
    </message>
    <message>
        <source>Correct their data</source>
        <translation>Corregir sus datos</translation>
    </message>
    <message>
        <source>Erase their data</source>
        <translation>Suprimir sus datos</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Retirar un consentimiento</translation>
    </message>
</context>
<context>
    <name>DataRequestRepository</name>
    <message>
        <source>record the request about a person&apos;s data</source>
        <translation>registrar la solicitud sobre los datos de una persona</translation>
    </message>
    <message>
        <source>record the answer to the request</source>
        <translation>registrar la respuesta a la solicitud</translation>
    </message>
    <message>
        <source>read the request about a person&apos;s data</source>
        <translation>leer la solicitud sobre los datos de una persona</translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation>No hay ninguna solicitud número %1.</translation>
    </message>
    <message>
        <source>read the requests about people&apos;s data</source>
        <translation>leer las solicitudes sobre los datos de las personas</translation>
    </message>
    <message>
        <source>read the person&apos;s requests about their data</source>
        <translation>leer las solicitudes de la persona sobre sus datos</translation>
    </message>
    <message>
        <source>erase what the person said in their requests</source>
        <translation>suprimir lo que la persona dijo en sus solicitudes</translation>
    </message>
</context>
<context>
    <name>DataRequestService</name>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral to other organisations</source>
        <translation>remisión a otras organizaciones</translation>
    </message>
    <message>
        <source>family tracing</source>
        <translation>búsqueda de familiares</translation>
    </message>
    <message>
        <source>gather what Amparo holds about the person</source>
        <translation>reunir lo que Amparo guarda sobre la persona</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Indique la fecha en que se recibió la solicitud.</translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation>La fecha de recepción está en el futuro.</translation>
    </message>
    <message>
        <source>Say how the person&apos;s identity was checked (for example, the document shown).</source>
        <translation>Indique cómo se comprobó la identidad de la persona (por ejemplo, el documento mostrado).</translation>
    </message>
    <message>
        <source>The request cannot be recorded as it is.</source>
        <translation>La solicitud no puede registrarse así.</translation>
    </message>
    <message>
        <source>read the person&apos;s case</source>
        <translation>leer el caso de la persona</translation>
    </message>
    <message>
        <source>That person is no longer registered.</source>
        <translation>Esa persona ya no está registrada.</translation>
    </message>
    <message>
        <source>A copy of everything Amparo holds about the person was handed over (%1).</source>
        <translation>Se entregó una copia de todo lo que Amparo guarda sobre la persona (%1).</translation>
    </message>
    <message>
        <source>handed over a copy of a person&apos;s data</source>
        <translation>entregó una copia de los datos de una persona</translation>
    </message>
    <message>
        <source>Write what the person says is wrong.</source>
        <translation>Escriba lo que la persona dice que está mal.</translation>
    </message>
    <message>
        <source>recorded a request to correct a person&apos;s data</source>
        <translation>registró una solicitud de corrección de los datos de una persona</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>Elija la decisión.</translation>
    </message>
    <message>
        <source>Write what was changed, or why not.</source>
        <translation>Escriba qué se cambió, o por qué no.</translation>
    </message>
    <message>
        <source>Request %1 was answered already (%2).</source>
        <translation>La solicitud %1 ya fue respondida (%2).</translation>
    </message>
    <message>
        <source>answered a request about a person&apos;s data</source>
        <translation>respondió una solicitud sobre los datos de una persona</translation>
    </message>
    <message>
        <source>“%1” is not a purpose of consent.</source>
        <translation>«%1» no es una finalidad del consentimiento.</translation>
    </message>
    <message>
        <source>Choose the consent the person withdraws.</source>
        <translation>Elija el consentimiento que la persona retira.</translation>
    </message>
    <message>
        <source>Consent withdrawn for: %1.</source>
        <translation>Consentimiento retirado para: %1.</translation>
    </message>
    <message>
        <source>record the consent withdrawn</source>
        <translation>registrar el consentimiento retirado</translation>
    </message>
    <message>
        <source>recorded a consent withdrawn</source>
        <translation>registró un consentimiento retirado</translation>
    </message>
</context>
<context>
    <name>DataRequestsDialog</name>
    <message>
        <source>Requests about people&apos;s data</source>
        <translation>Solicitudes sobre los datos de las personas</translation>
    </message>
    <message>
        <source>Every request a person made about their data, newest first. A person is named by their case only; a request is made from the case (Data rights…).</source>
        <translation>Cada solicitud que una persona hizo sobre sus datos, la más reciente primero. Una persona se nombra solo por su caso; una solicitud se hace desde el caso (Derechos sobre los datos…).</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Qué se pidió</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <source>what was changed, or why not</source>
        <translation>qué se cambió, o por qué no</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registrar la respuesta</translation>
    </message>
</context>
<context>
    <name>DataRightsDialog</name>
    <message>
        <source>A person&apos;s rights over their data — %1</source>
        <translation>Los derechos de una persona sobre sus datos — %1</translation>
    </message>
    <message>
        <source>for example: passport shown, compared with the photo</source>
        <translation>por ejemplo: pasaporte mostrado, comparado con la foto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Solicitud recibida el</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>Identidad comprobada con</translation>
    </message>
    <message>
        <source>See their data</source>
        <translation>Ver sus datos</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Retirar un consentimiento</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Write the copy (PDF)…</source>
        <translation>Escribir la copia (PDF)…</translation>
    </message>
    <message>
        <source>Everything Amparo holds about the person, to hand over once their identity is checked: other members appear by their relationship only. Read the case&apos;s notes in it before handing it over.</source>
        <translation>Todo lo que Amparo guarda sobre la persona, para entregárselo una vez comprobada su identidad: los demás miembros aparecen solo por su parentesco. Lea las notas del caso que incluye antes de entregarla.</translation>
    </message>
    <message>
        <source>In the person&apos;s language</source>
        <translation>En el idioma de la persona</translation>
    </message>
    <message>
        <source>in the person&apos;s words</source>
        <translation>con las palabras de la persona</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Registrar la solicitud</translation>
    </message>
    <message>
        <source>Make the correction in the case (it is recorded in the audit trail there), then answer the request in Administration → Requests about people&apos;s data: what was changed, or why not.</source>
        <translation>Haga la corrección en el caso (queda en la auditoría allí) y luego responda la solicitud en Administración → Solicitudes sobre los datos de las personas: qué se cambió, o por qué no.</translation>
    </message>
    <message>
        <source>What the person says is wrong</source>
        <translation>Lo que la persona dice que está mal</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Referral to other organisations</source>
        <translation>Remisión a otras organizaciones</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>The consent is the family&apos;s, recorded with the case. Without tracing consent the family leaves every search and matching pass at once; without referral consent no referral is made unless legal staff write why.</source>
        <translation>El consentimiento es de la familia y se registra con el caso. Sin consentimiento de búsqueda la familia sale al instante de toda búsqueda y cotejo; sin consentimiento de remisión no se hace ninguna remisión salvo que el personal jurídico escriba por qué.</translation>
    </message>
    <message>
        <source>Consent withdrawn for</source>
        <translation>Consentimiento retirado para</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Suprimir…</translation>
    </message>
    <message>
        <source>for example: legal hold while the appeal is pending</source>
        <translation>por ejemplo: conservación legal mientras la apelación está pendiente</translation>
    </message>
    <message>
        <source>Record the refusal</source>
        <translation>Registrar la denegación</translation>
    </message>
    <message>
        <source>Erasure removes the person from every record, the search and the audit trail&apos;s details, for good; their family&apos;s records stay. A case with no other member goes whole. Counts already published stay as they are. Backups made before keep them until restored: a restore erases them again.</source>
        <translation>La supresión quita a la persona de todo registro, de la búsqueda y del detalle de la auditoría, para siempre; los registros de su familia se quedan. Un caso sin otro miembro se va entero. Las cifras ya publicadas quedan como están. Las copias de seguridad anteriores la conservan hasta que se restauran: una restauración la suprime de nuevo.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Or refuse, because</source>
        <translation>O denegar, porque</translation>
    </message>
    <message>
        <source>Save the copy of the person&apos;s data</source>
        <translation>Guardar la copia de los datos de la persona</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The copy was written to %1 and the request entered in the register.</source>
        <translation>La copia se escribió en %1 y la solicitud quedó en el registro.</translation>
    </message>
    <message>
        <source>Request %1 is in the register, waiting for its answer.</source>
        <translation>La solicitud %1 está en el registro, esperando su respuesta.</translation>
    </message>
    <message>
        <source>The consent was withdrawn and the request entered in the register.</source>
        <translation>Se retiró el consentimiento y la solicitud quedó en el registro.</translation>
    </message>
    <message>
        <source>Erase %1 for good? Nothing of the person can be brought back, and the case&apos;s audit trail keeps who did what, but no longer what it was.</source>
        <translation>¿Suprimir a %1 para siempre? Nada de la persona podrá recuperarse, y la auditoría del caso conserva quién hizo qué, pero ya no cuál era el dato.</translation>
    </message>
    <message>
        <source>The person was erased, and the case with them: they were its only member.</source>
        <translation>La persona fue suprimida, y el caso con ella: era su único miembro.</translation>
    </message>
    <message>
        <source>The person was erased; the rest of the family stays in the case.</source>
        <translation>La persona fue suprimida; el resto de la familia sigue en el caso.</translation>
    </message>
    <message>
        <source>Another Amparo window has the database open: the last traces go when it closes.</source>
        <translation>Otra ventana de Amparo tiene la base de datos abierta: los últimos rastros desaparecen cuando se cierre.</translation>
    </message>
    <message>
        <source>The refusal is in the register as request %1.</source>
        <translation>La denegación está en el registro como solicitud %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: you do not have permission to read it.</source>
        <translation>No se puede leer el archivo de base de datos %1: no tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is too short). Restore it from a backup.</source>
        <translation>El archivo de base de datos %1 está dañado (es demasiado corto). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it has been cut short). Restore it from a backup.</source>
        <translation>El archivo de base de datos %1 está dañado (quedó cortado). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Amparo needs to write to it and to its folder: copy it to a folder you can write to, or ask for permission to write.</source>
        <translation>El archivo de base de datos %1 es de solo lectura. Amparo necesita escribir en él y en su carpeta: cópielo a una carpeta donde pueda escribir o pida permiso de escritura.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation>abrir la base de datos %1</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>El archivo de base de datos %1 está dañado y no se puede abrir. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo database: it belongs to another program. Choose another file.</source>
        <translation>%1 no es una base de datos de Amparo: pertenece a otro programa. Elija otro archivo.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Amparo (schema %2; this version knows schema %3). Install the newer version of Amparo to open it.</source>
        <translation>La base de datos %1 fue creada por una versión más nueva de Amparo (esquema %2; esta versión conoce el esquema %3). Instale la versión más nueva de Amparo para abrirla.</translation>
    </message>
    <message>
        <source>prepare the database %1</source>
        <translation>preparar la base de datos %1</translation>
    </message>
    <message>
        <source>The database %1 cannot use safe writing (WAL mode); is it on a network drive? Copy it to a local disk.</source>
        <translation>La base de datos %1 no puede usar escritura segura (modo WAL); ¿está en una unidad de red? Cópiela a un disco local.</translation>
    </message>
    <message>
        <source>%1 The database was left as it was; a copy made before the upgrade is at %2.</source>
        <translation>%1 La base de datos quedó como estaba; hay una copia hecha antes de la actualización en %2.</translation>
    </message>
    <message>
        <source>copy the database before upgrading it</source>
        <translation>copiar la base de datos antes de actualizarla</translation>
    </message>
    <message>
        <source>Could not make a sound copy of the database before upgrading it; nothing was changed. Check the free space on the disk.</source>
        <translation>No se pudo hacer una copia íntegra de la base de datos antes de actualizarla; no se cambió nada. Revise el espacio libre en el disco.</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>leer la base de datos</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>No se pudo leer la versión del esquema.</translation>
    </message>
    <message>
        <source>write to the database</source>
        <translation>escribir en la base de datos</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>This copy of Amparo holds two different SQLite libraries (Qt&apos;s %1, Amparo&apos;s own %2) and will not write to a database through the wrong one. Reinstall Amparo from its package, or build it against the SQLite that Qt uses.</source>
        <translation>Esta copia de Amparo contiene dos bibliotecas SQLite distintas (la de Qt, %1, y la propia de Amparo, %2) y no escribirá en una base de datos a través de la equivocada. Reinstale Amparo desde su paquete, o compílelo con el SQLite que usa Qt.</translation>
    </message>
    <message>
        <source>“%1” is not a server location. Write it as postgresql://server/database (or postgresql://server:5432/database).</source>
        <translation>«%1» no es la ubicación de un servidor. Escríbala como postgresql://servidor/base (o postgresql://servidor:5432/base).</translation>
    </message>
    <message>
        <source>Could not reach the database %1 on its server: %2 Check the network and the server&apos;s address, then try again.</source>
        <translation>No se pudo llegar a la base de datos %1 en su servidor: %2 Revise la red y la dirección del servidor, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo database: it belongs to another program. Choose another database on the server.</source>
        <translation>%1 no es una base de datos de Amparo: pertenece a otro programa. Elija otra base de datos del servidor.</translation>
    </message>
    <message>
        <source>The server of %1 did not accept the user name or password. Check them (they are your own server account, given by whoever set up the server) and try again.</source>
        <translation>El servidor de %1 no aceptó el nombre de usuario o la contraseña. Revíselos (son su propia cuenta del servidor, dada por quien lo instaló) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check its name in the location %2.</source>
        <translation>El servidor no tiene ninguna base de datos «%1». Revise su nombre en la ubicación %2.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached: %2 Check the network; nothing was saved half-way, and what you typed is still here.</source>
        <translation>No se puede llegar al servidor de %1: %2 Revise la red; no se guardó nada a medias y lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address, for example office-server or 192.168.1.10.</source>
        <translation>Escriba el nombre o la dirección del servidor, por ejemplo servidor-oficina o 192.168.1.10.</translation>
    </message>
    <message>
        <source>A port is a number up to 65535.</source>
        <translation>Un puerto es un número hasta 65535.</translation>
    </message>
    <message>
        <source>Write the database&apos;s name as the server&apos;s set-up gave it (for example amparo).</source>
        <translation>Escriba el nombre de la base de datos tal como lo dio la instalación del servidor (por ejemplo amparo).</translation>
    </message>
    <message>
        <source>The server of %1 turns this connection away: it accepts only encrypted connections from the office&apos;s network, for the server accounts it knows. Check the address and your server account, or ask whoever set up the server to let this computer in.</source>
        <translation>El servidor de %1 rechaza esta conexión: solo acepta conexiones cifradas desde la red de la oficina, para las cuentas del servidor que conoce. Revise la dirección y su cuenta del servidor, o pida a quien lo instaló que deje entrar a este equipo.</translation>
    </message>
    <message>
        <source>The server of %1 no longer lets this account sign in: the user was deactivated. Ask an administrator.</source>
        <translation>El servidor de %1 ya no deja entrar a esta cuenta: el usuario fue desactivado. Pregunte a un administrador.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Compruebe que Bloq Mayús está desactivado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach the server to check the passphrase: %1</source>
        <translation>No se pudo contactar con el servidor para comprobar la frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Write the server account as whoever set up the server gave it (or leave it empty to sign in with your Amparo name).</source>
        <translation>Escriba la cuenta del servidor tal como se la dio quien instaló el servidor (o déjela vacía para entrar con su nombre de Amparo).</translation>
    </message>
    <message>
        <source>The database %1 must first be set up or upgraded for this version of Amparo by its owner&apos;s server account (amparo-cli with the owner&apos;s account, see the README). Your own account may not change its tables.</source>
        <translation>La base de datos %1 debe ser preparada o actualizada primero para esta versión de Amparo con la cuenta propietaria del servidor (amparo-cli con la cuenta propietaria, vea el README). Su propia cuenta no puede cambiar sus tablas.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>El nombre de usuario o la frase de contraseña no son correctos. Compruebe que Bloq Mayús esté desactivado e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server account %1 is not the own account of an Amparo user of %2. Leave the account out of the location (postgresql://server/%3) and sign in with your Amparo name and passphrase; the owner&apos;s account is for setting up.</source>
        <translation>La cuenta del servidor %1 no es la cuenta propia de un usuario de Amparo de %2. Quite la cuenta de la ubicación (postgresql://servidor/%3) y entre con su nombre y frase de contraseña de Amparo; la cuenta propietaria es para la instalación.</translation>
    </message>
    <message>
        <source>The server gave no new numbers for the table %1.</source>
        <translation>El servidor no dio números nuevos para la tabla %1.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: sign in with your passphrase, or open it with its recovery key.</source>
        <translation>La base de datos %1 está cifrada: inicie sesión con su frase de contraseña, o ábrala con su clave de recuperación.</translation>
    </message>
    <message>
        <source>Amparo could not prepare its encryption for the database %1.</source>
        <translation>Amparo no pudo preparar el cifrado de la base de datos %1.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo database that can be read: it is not a database file at all, or it is an encrypted one whose key file (%2) is missing. Choose another file, or put its key file back beside it.</source>
        <translation>%1 no es una base de datos de Amparo que se pueda leer: no es un archivo de base de datos, o es uno cifrado al que le falta su archivo de claves (%2). Elija otro archivo, o vuelva a poner su archivo de claves a su lado.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Bienvenida/o a Amparo</translation>
    </message>
    <message>
        <source>Where are this organisation&apos;s cases kept?</source>
        <translation>¿Dónde se guardan los casos de esta organización?</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Solo en este equipo</translation>
    </message>
    <message>
        <source>A database file of this computer&apos;s account. Nothing else to set up.</source>
        <translation>Un archivo de base de datos de la cuenta de este equipo. No hay nada más que configurar.</translation>
    </message>
    <message>
        <source>On our office&apos;s server</source>
        <translation>En el servidor de nuestra oficina</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Everyone in the office works on the same cases. Whoever set up the server gives you its address; you sign in with your Amparo name and passphrase.</source>
        <translation>Todos en la oficina trabajan en los mismos casos. Quien instaló el servidor le da su dirección; usted entra con su nombre y frase de contraseña de Amparo.</translation>
    </message>
    <message>
        <source>Empty, unless you set up the server</source>
        <translation>Vacía, salvo si usted instaló el servidor</translation>
    </message>
    <message>
        <source>Owner&apos;s account</source>
        <translation>Cuenta propietaria</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>list the columns of %1</source>
        <translation>listar las columnas de %1</translation>
    </message>
    <message>
        <source>The target database has no table %1: it is not on the same schema.</source>
        <translation>La base de datos de destino no tiene la tabla %1: no está en el mismo esquema.</translation>
    </message>
    <message>
        <source>The column %1 of %2 has a name Amparo does not write.</source>
        <translation>La columna %1 de %2 tiene un nombre que Amparo no escribe.</translation>
    </message>
    <message>
        <source>A database cannot be copied into itself.</source>
        <translation>Una base de datos no se puede copiar en sí misma.</translation>
    </message>
    <message>
        <source>%1 is on schema %2 and %3 on schema %4: open both with this version of Amparo first, so that both are brought up to date. Nothing was copied.</source>
        <translation>%1 está en el esquema %2 y %3 en el esquema %4: abra ambas primero con esta versión de Amparo para que las dos se actualicen. No se copió nada.</translation>
    </message>
    <message>
        <source>copy the table %1</source>
        <translation>copiar la tabla %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to the target.</source>
        <translation>La copia se canceló; no se escribió nada en el destino.</translation>
    </message>
    <message>
        <source>continue the numbering of %1</source>
        <translation>continuar la numeración de %1</translation>
    </message>
    <message>
        <source>count the rows of %1</source>
        <translation>contar las filas de %1</translation>
    </message>
    <message>
        <source>The table %1 has a name Amparo does not write.</source>
        <translation>La tabla %1 tiene un nombre que Amparo no escribe.</translation>
    </message>
    <message>
        <source>%1 is not empty (its table %2 holds rows): Amparo copies only into an empty database, so that nothing there is mixed or overwritten. Nothing was copied.</source>
        <translation>%1 no está vacía (su tabla %2 tiene filas): Amparo solo copia en una base de datos vacía, para que nada se mezcle ni se sobrescriba. No se copió nada.</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (%2 rows of %3); nothing was copied.</source>
        <translation>La copia de %1 está incompleta (%2 filas de %3); no se copió nada.</translation>
    </message>
    <message>
        <source>The audit trail did not arrive as it was (%1 entries of %2); nothing was copied.</source>
        <translation>El registro de auditoría no llegó como estaba (%1 entradas de %2); no se copió nada.</translation>
    </message>
    <message>
        <source>prepare the copied database for use</source>
        <translation>preparar la base de datos copiada para su uso</translation>
    </message>
</context>
<context>
    <name>DatabaseEncryptor</name>
    <message>
        <source>The encrypted copy fails its integrity check (%1); nothing was changed.</source>
        <translation>La copia cifrada no pasa su comprobación de integridad (%1); no se cambió nada.</translation>
    </message>
    <message>
        <source>The encrypted copy does not hold every row of %1; nothing was changed.</source>
        <translation>La copia cifrada no tiene todas las filas de %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>A server&apos;s database is not encrypted by Amparo: its disk is the server&apos;s, and whoever looks after it encrypts it.</source>
        <translation>Amparo no cifra la base de datos de un servidor: su disco es del servidor, y lo cifra quien lo administra.</translation>
    </message>
    <message>
        <source>This database is encrypted already.</source>
        <translation>Esta base de datos ya está cifrada.</translation>
    </message>
    <message>
        <source>encryption turned on; each active user keeps their passphrase, and a new recovery key was made</source>
        <translation>cifrado activado; cada usuario activo conserva su frase de contraseña, y se creó una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>a new recovery key replaced the previous one</source>
        <translation>una nueva clave de recuperación reemplazó a la anterior</translation>
    </message>
</context>
<context>
    <name>DatabaseKeys</name>
    <message>
        <source>The database is locked: sign in again to change its keys.</source>
        <translation>La base de datos está bloqueada: inicie sesión de nuevo para cambiar sus claves.</translation>
    </message>
    <message>
        <source>%1 already exists: only a new database is created encrypted this way.</source>
        <translation>%1 ya existe: así solo se crea cifrada una base de datos nueva.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>This database is not encrypted: it has no recovery key.</source>
        <translation>Esta base de datos no está cifrada: no tiene clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>DeadlineCountLabel</name>
    <message>
        <source>Show the deadlines</source>
        <translation>Mostrar los plazos</translation>
    </message>
    <message>
        <source>Deadlines: %1 overdue · %2 due soon</source>
        <translation>Plazos: %1 vencidos · %2 próximos</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Add a deadline</source>
        <translation>Añadir un plazo</translation>
    </message>
    <message>
        <source>what must be done</source>
        <translation>qué hay que hacer</translation>
    </message>
    <message>
        <source>(the case as a whole)</source>
        <translation>(el caso en general)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Añadir plazo</translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message>
        <source>save the deadline</source>
        <translation>guardar el plazo</translation>
    </message>
    <message>
        <source>The deadline no longer exists.</source>
        <translation>El plazo ya no existe.</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what is due.</source>
        <translation>Indique qué vence.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>Máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Escriba la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>A new deadline cannot be in the past.</source>
        <translation>Un plazo nuevo no puede estar en el pasado.</translation>
    </message>
    <message>
        <source>%1 of %2 expires</source>
        <translation>%1 de %2 vence</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Follow up the risk screening of %1 (overall rating: %2)</source>
        <translation>Seguimiento de la evaluación de riesgo de %1 (calificación general: %2)</translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>list open deadlines, soonest first (for a daily reminder)</source>
        <translation>listar los plazos abiertos, los más próximos primero (para un recordatorio diario)</translation>
    </message>
    <message>
        <source>Only the deadlines already missed.</source>
        <translation>Solo los plazos ya vencidos.</translation>
    </message>
    <message>
        <source>Only those due in the next DAYS days, with those already missed.</source>
        <translation>Solo los que vencen en los próximos DAYS días, con los ya vencidos.</translation>
    </message>
    <message>
        <source>Only those the signed-in user is responsible for.</source>
        <translation>Solo aquellos de los que es responsable el usuario que inició sesión.</translation>
    </message>
    <message>
        <source>--within must be a number of days from 0 to 3660.</source>
        <translation>--within debe ser un número de días entre 0 y 3660.</translation>
    </message>
    <message>
        <source>Use either --overdue or --within, not both.</source>
        <translation>Use --overdue o --within, no ambos.</translation>
    </message>
    <message>
        <source>--format must be text, csv or json.</source>
        <translation>--format debe ser text, csv o json.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>No hay plazos abiertos.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Document expiry</source>
        <translation>Vencimiento de documento</translation>
    </message>
    <message>
        <source>Done on %1 by %2</source>
        <translation>Hecho el %1 por %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Míos (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Show those done</source>
        <translation>Mostrar los hechos</translation>
    </message>
    <message>
        <source>Add deadline…</source>
        <translation>Añadir plazo…</translation>
    </message>
    <message>
        <source>Double-click a deadline to open its case.</source>
        <translation>Haga doble clic en un plazo para abrir su caso.</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Nada vencido ni por vencer esta semana.</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 in the next seven days</source>
        <translation>%1 vencidos · %2 vencen hoy · %3 en los próximos siete días</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message numerus="yes">
        <source>%n coming up.</source>
        <translation>
            <numerusform>%n por venir.</numerusform>
            <numerusform>%n por venir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDataBanner</name>
    <message>
        <source>&lt;b&gt;Demonstration data:&lt;/b&gt; the cases of the site %1 (“%2”) are invented people. An administrator removes them in one step from Administration → Remove the demonstration data.</source>
        <translation>&lt;b&gt;Datos de demostración:&lt;/b&gt; los casos de la sede %1 (“%2”) son personas inventadas. Un administrador los quita en un solo paso desde Administración → Quitar los datos de demostración.</translation>
    </message>
</context>
<context>
    <name>DemoDataPage</name>
    <message>
        <source>Ready to start</source>
        <translation>Listo para empezar</translation>
    </message>
    <message>
        <source>Step 3 of 3</source>
        <translation>Paso 3 de 3</translation>
    </message>
    <message>
        <source>To try Amparo before registering real people, add demonstration data: %1 invented people in families, at a site of their own called “%2”. None of them exists. Administration → Remove the demonstration data takes all of them away in one step, and real cases registered meanwhile stay.</source>
        <translation>Para probar Amparo antes de registrar a personas reales, agregue datos de demostración: %1 personas inventadas en familias, en una sede propia llamada “%2”. Ninguna existe. Administración → Quitar los datos de demostración las elimina a todas en un solo paso, y los casos reales registrados mientras tanto se conservan.</translation>
    </message>
    <message>
        <source>Add demonstration data (invented people)</source>
        <translation>Agregar datos de demostración (personas inventadas)</translation>
    </message>
    <message>
        <source>Open the form for the first case when Amparo starts</source>
        <translation>Abrir el formulario del primer caso cuando Amparo se inicie</translation>
    </message>
    <message>
        <source>Help → Amparo help (F1) explains each task: registering a family, screening for risk, recording a decision, finding a relative, the monthly report and backups.</source>
        <translation>Ayuda → Ayuda de Amparo (F1) explica cada tarea: registrar una familia, evaluar el riesgo, registrar una decisión, buscar a un familiar, el informe mensual y las copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 Uncheck the demonstration data to go on without it.</source>
        <translation>%1 Desmarque los datos de demostración para continuar sin ellos.</translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>The demonstration data is already in this database, at the site %1.</source>
        <translation>Los datos de demostración ya están en esta base de datos, en la sede %1.</translation>
    </message>
    <message>
        <source>Demonstration data can only be added to a database without cases, so that invented people are never mixed with real ones.</source>
        <translation>Los datos de demostración solo se pueden agregar a una base de datos sin casos, para que las personas inventadas nunca se mezclen con las reales.</translation>
    </message>
    <message>
        <source>A site with the code %1 already exists; demonstration data needs that code for itself.</source>
        <translation>Ya existe una sede con el código %1; los datos de demostración necesitan ese código.</translation>
    </message>
    <message>
        <source>Demonstration (invented people)</source>
        <translation>Demostración (personas inventadas)</translation>
    </message>
    <message>
        <source>%1 invented persons in %2 cases</source>
        <translation>%1 personas inventadas en %2 casos</translation>
    </message>
    <message>
        <source>There is no demonstration data in this database.</source>
        <translation>No hay datos de demostración en esta base de datos.</translation>
    </message>
    <message>
        <source>remove the demonstration data</source>
        <translation>quitar los datos de demostración</translation>
    </message>
    <message>
        <source>%1 cases, %2 persons and %3 tracing requests removed</source>
        <translation>%1 casos, %2 personas y %3 solicitudes de búsqueda quitados</translation>
    </message>
    <message>
        <source>%1 invented persons in %2 cases (seed %3)</source>
        <translation>%1 personas inventadas en %2 casos (semilla %3)</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>Amparo</source>
        <translation>Amparo</translation>
    </message>
    <message>
        <source>Amparo cannot start</source>
        <translation>Amparo no puede iniciar</translation>
    </message>
    <message>
        <source>Amparo cannot open the database</source>
        <translation>Amparo no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Base de datos actualizada</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Amparo. A copy of the previous file was kept at %1.</source>
        <translation>La base de datos se actualizó a esta versión de Amparo. Se guardó una copia del archivo anterior en %1.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept at %1. Sign in again.</source>
        <translation>La copia fue restaurada. La base de datos anterior se guardó en %1. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Datos de referencia</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Servidor de la oficina</translation>
    </message>
    <message>
        <source>The database is on the office server %1.
Password of your server account %2:</source>
        <translation>La base de datos está en el servidor de la oficina %1.
Contraseña de su cuenta del servidor %2:</translation>
    </message>
    <message>
        <source>The server did not accept that password.
Password of your server account %1:</source>
        <translation>El servidor no aceptó esa contraseña.
Contraseña de su cuenta del servidor %1:</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message>
        <source>The database is encrypted. Sign in again with your passphrase.</source>
        <translation>La base de datos está cifrada. Inicie sesión de nuevo con su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age group (0–4, 5–11, 12–17, 18–59, 60+)</source>
        <translation>Grupo de edad (0–4, 5–11, 12–17, 18–59, 60+)</translation>
    </message>
    <message>
        <source>Children and adults (0–17, 18+)</source>
        <translation>Niños y adultos (0–17, 18+)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department, state or province</source>
        <translation>Departamento, estado o provincia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Categoría de riesgo</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Specific-needs category</source>
        <translation>Categoría de necesidad específica</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Overall risk rating</source>
        <translation>Calificación general del riesgo</translation>
    </message>
    <message>
        <source>Made or received</source>
        <translation>Hecha o recibida</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Where the referral stands</source>
        <translation>En qué está la remisión</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Quién lo hizo</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>Lo que hizo el Estado</translation>
    </message>
    <message>
        <source>Reported to an institution</source>
        <translation>Denunciado ante una institución</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Told in a case or an interview</source>
        <translation>Contado en un caso o en una entrevista</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>Intenciones</translation>
    </message>
    <message>
        <source>Risks upon return</source>
        <translation>Riesgos en caso de retorno</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
</context>
<context>
    <name>Diversity</name>
    <message>
        <source>LGBTIQ+</source>
        <translation>LGBTIQ+</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Persona con discapacidad</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Indígena</translation>
    </message>
    <message>
        <source>Afro-descendant</source>
        <translation>Afrodescendiente</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Cédula de identidad</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Partida de nacimiento</translation>
    </message>
    <message>
        <source>Residence or stay permit</source>
        <translation>Permiso de residencia o permanencia</translation>
    </message>
    <message>
        <source>Asylum seeker document</source>
        <translation>Documento de solicitante de asilo</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
</context>
<context>
    <name>DocumentsEdit</name>
    <message>
        <source>Has no identity document</source>
        <translation>No tiene documento de identidad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>Expiry date as dd/mm/yyyy; leave empty if the document does not expire.</source>
        <translation>Fecha de vencimiento como dd/mm/aaaa; déjela vacía si el documento no vence.</translation>
    </message>
    <message>
        <source>The expiry date “%1” is not a date; write it as dd/mm/yyyy.</source>
        <translation>La fecha de vencimiento «%1» no es una fecha; escríbala como dd/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>the same document %1 (%2)</source>
        <translation>el mismo documento %1 (%2)</translation>
    </message>
    <message>
        <source>a very similar name and the same date of birth (%1)</source>
        <translation>un nombre muy parecido y la misma fecha de nacimiento (%1)</translation>
    </message>
</context>
<context>
    <name>DuplicateScan</name>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>Se canceló la búsqueda de duplicados.</translation>
    </message>
    <message>
        <source>look for possible duplicates</source>
        <translation>buscar posibles duplicados</translation>
    </message>
    <message>
        <source>the same document number (%1)</source>
        <translation>el mismo número de documento (%1)</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>el mismo número de teléfono</translation>
    </message>
    <message>
        <source>%1 and the same date of birth</source>
        <translation>%1 y la misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>%1 and a close birth</source>
        <translation>%1 y un nacimiento cercano</translation>
    </message>
</context>
<context>
    <name>EncryptCommand</name>
    <message>
        <source>encrypt a plaintext database file (administrators)</source>
        <translation>cifrar un archivo de base de datos sin cifrar (administradores)</translation>
    </message>
    <message>
        <source>Write the recovery key to this file instead of printing it.</source>
        <translation>Escribir la clave de recuperación en este archivo en vez de mostrarla.</translation>
    </message>
    <message>
        <source>Encrypting… %1%</source>
        <translation>Cifrando… %1%</translation>
    </message>
    <message>
        <source>The plaintext file was overwritten and removed. On an SSD, pieces of it may survive on the disk until they are written over.</source>
        <translation>El archivo sin cifrar se sobrescribió y se eliminó. En un disco SSD, partes de él pueden quedar en el disco hasta que se escriba encima.</translation>
    </message>
    <message>
        <source>On an encrypted database: make a new recovery key; the old one stops working.</source>
        <translation>En una base de datos cifrada: crear una nueva clave de recuperación; la anterior deja de funcionar.</translation>
    </message>
</context>
<context>
    <name>EncryptedCopy</name>
    <message>
        <source>Amparo could not prepare its encryption.</source>
        <translation>Amparo no pudo preparar su cifrado.</translation>
    </message>
    <message>
        <source>SQLite refused to make room for encryption in the database&apos;s pages.</source>
        <translation>SQLite se negó a dejar espacio para el cifrado en las páginas de la base de datos.</translation>
    </message>
    <message>
        <source>write the encrypted copy %1</source>
        <translation>escribir la copia cifrada %1</translation>
    </message>
    <message>
        <source>A server&apos;s database is not encrypted by Amparo: its disk is the server&apos;s.</source>
        <translation>Amparo no cifra la base de datos de un servidor: su disco es del servidor.</translation>
    </message>
    <message>
        <source>The encryption was cancelled; nothing was changed.</source>
        <translation>Se canceló el cifrado; no se cambió nada.</translation>
    </message>
    <message>
        <source>read the database held in memory</source>
        <translation>leer la base de datos guardada en memoria</translation>
    </message>
    <message>
        <source>The database held in memory is not a database SQLite can read.</source>
        <translation>La base de datos guardada en memoria no es una que SQLite pueda leer.</translation>
    </message>
</context>
<context>
    <name>EncryptionSwitch</name>
    <message>
        <source>Could not %1; the database was left as it was and still opens.</source>
        <translation>No se pudo %1; la base de datos quedó como estaba y sigue abriéndose.</translation>
    </message>
    <message>
        <source>The switch to the encrypted file was stopped.</source>
        <translation>Se detuvo el cambio al archivo cifrado.</translation>
    </message>
    <message>
        <source>switch to the encrypted file while the old one still has changes in its log</source>
        <translation>cambiar al archivo cifrado mientras el anterior aún tiene cambios en su registro</translation>
    </message>
    <message>
        <source>put the key file in place</source>
        <translation>poner el archivo de claves en su lugar</translation>
    </message>
    <message>
        <source>move the plaintext database aside</source>
        <translation>apartar la base de datos sin cifrar</translation>
    </message>
    <message>
        <source>put the encrypted database in place</source>
        <translation>poner la base de datos cifrada en su lugar</translation>
    </message>
    <message>
        <source>Could not remove the file %1: remove it by hand.</source>
        <translation>No se pudo quitar el archivo %1: quítelo a mano.</translation>
    </message>
</context>
<context>
    <name>ErasureGround</name>
    <message>
        <source>No longer necessary for the purpose it was collected for</source>
        <translation>Ya no es necesario para la finalidad con que se recogió</translation>
    </message>
    <message>
        <source>The person withdrew their consent</source>
        <translation>La persona retiró su consentimiento</translation>
    </message>
    <message>
        <source>The person objected and the objection was upheld</source>
        <translation>La persona se opuso y se aceptó su oposición</translation>
    </message>
    <message>
        <source>It was processed unlawfully</source>
        <translation>Se trató de forma ilícita</translation>
    </message>
</context>
<context>
    <name>ErasureRepository</name>
    <message>
        <source>record the erasure</source>
        <translation>registrar la supresión</translation>
    </message>
    <message>
        <source>read the erasures</source>
        <translation>leer las supresiones</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message numerus="yes">
        <source>Erased: %n case(s) removed whole, </source>
        <translation>
            <numerusform>Suprimida: %n caso quitado entero, </numerusform>
            <numerusform>Suprimida: %n casos quitados enteros, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept for the rest of the family.</source>
        <translation>
            <numerusform>%n conservado para el resto de la familia.</numerusform>
            <numerusform>%n conservados para el resto de la familia.</numerusform>
        </translation>
    </message>
    <message>
        <source>read the person&apos;s identifier</source>
        <translation>leer el identificador de la persona</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Indique la fecha en que se recibió la solicitud.</translation>
    </message>
    <message>
        <source>The audit trail does not verify (Administration → Audit trail → Verify says where), so nothing was erased: an erasure now would hide what changed it.</source>
        <translation>La auditoría no se verifica (Administración → Auditoría → Verificar dice dónde), así que no se suprimió nada: una supresión ahora ocultaría lo que la alteró.</translation>
    </message>
    <message>
        <source>read the person&apos;s case</source>
        <translation>leer el caso de la persona</translation>
    </message>
    <message>
        <source>erased a person at their request (%1)</source>
        <translation>suprimió a una persona a petición suya (%1)</translation>
    </message>
    <message>
        <source>Say why the erasure is refused (for example, a legal hold).</source>
        <translation>Indique por qué se deniega la supresión (por ejemplo, una conservación legal).</translation>
    </message>
    <message>
        <source>Say why the erasure is refused.</source>
        <translation>Indique por qué se deniega la supresión.</translation>
    </message>
    <message>
        <source>refused to erase a person&apos;s data</source>
        <translation>denegó suprimir los datos de una persona</translation>
    </message>
    <message>
        <source>find the person erased</source>
        <translation>buscar a la persona suprimida</translation>
    </message>
    <message>
        <source>Erased again after a restore of an older backup.</source>
        <translation>Suprimida de nuevo tras restaurar una copia de seguridad anterior.</translation>
    </message>
    <message>
        <source>erased again after a restore: the erasure of %1 by %2 (%3)</source>
        <translation>suprimió de nuevo tras una restauración: la supresión del %1 por %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n campo necesita atención antes de guardar.</numerusform>
            <numerusform>%n campos necesitan atención antes de guardar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record what happened</source>
        <translation>Registrar lo ocurrido</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>What the person was told, what was handed in…</source>
        <translation>Qué se le dijo a la persona, qué se entregó…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>The procedure moves to the stage “%1”.</source>
        <translation>El trámite pasa a la etapa «%1».</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Resultado: %1.</translation>
    </message>
    <message>
        <source>%1, valid until %2.</source>
        <translation>%1, válido hasta el %2.</translation>
    </message>
    <message>
        <source>New deadline: %1 by %2.</source>
        <translation>Nuevo plazo: %1 a más tardar el %2.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>An export definition saved from Amparo (JSON).</source>
        <translation>Una definición de exportación guardada desde Amparo (JSON).</translation>
    </message>
    <message>
        <source>With --report: only this site (repeat for several).</source>
        <translation>Con --report: solo esta sede (repita para varias).</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Language of a PDF: es, pt_BR or en.</source>
        <translation>Idioma del PDF: es, pt_BR o en.</translation>
    </message>
    <message>
        <source>Give either --definition FILE or --report PERIOD.</source>
        <translation>Indique --definition ARCHIVO o --report PERÍODO.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format debe ser csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>Say where to write it with --out FILE.</source>
        <translation>Indique dónde escribirlo con --out ARCHIVO.</translation>
    </message>
    <message>
        <source>--language must be es, pt_BR or en.</source>
        <translation>--language debe ser es, pt_BR o en.</translation>
    </message>
    <message>
        <source>Write the period as a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Escriba el período como un mes (2026-03) o un trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 counts hidden.</source>
        <translation>Se escribió %1: %2 filas, %3 conteos ocultos.</translation>
    </message>
    <message>
        <source>anonymized counts from a saved definition, or a monthly report</source>
        <translation>conteos anonimizados de una definición guardada, o un informe mensual</translation>
    </message>
    <message>
        <source>A standard report for a month (2026-03) or a quarter (2026-Q1): a PDF with charts, an XLSX workbook or, as CSV, its most detailed table.</source>
        <translation>Un informe estándar de un mes (2026-03) o un trimestre (2026-Q1): un PDF con gráficos, un libro XLSX o, como CSV, su tabla más detallada.</translation>
    </message>
    <message>
        <source>With --report: activity (the default) or advocacy (what happened to people and what the state did).</source>
        <translation>Con --report: activity (por defecto) o advocacy (lo que les pasó a las personas y lo que hizo el Estado).</translation>
    </message>
    <message>
        <source>--kind must be activity or advocacy.</source>
        <translation>--kind debe ser activity o advocacy.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export anonymized counts</source>
        <translation>Exportar conteos anonimizados</translation>
    </message>
    <message>
        <source>for example: Monthly report to the protection sector</source>
        <translation>por ejemplo: Informe mensual al sector de protección</translation>
    </message>
    <message>
        <source>2026-01 (empty: from the first record)</source>
        <translation>2026-01 (vacío: desde el primer registro)</translation>
    </message>
    <message>
        <source>2026-03 (empty: up to today)</source>
        <translation>2026-03 (vacío: hasta hoy)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Counts below this are hidden. Your organisation shows nothing below %1; you may hide more, never less.</source>
        <translation>Los conteos menores que este se ocultan. Su organización no muestra nada menor que %1; puede ocultar más, nunca menos.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contar</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Desagregado por</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Desde el mes</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Hasta el mes</translation>
    </message>
    <message>
        <source>Only these sites</source>
        <translation>Solo estas sedes</translation>
    </message>
    <message>
        <source>Only this country</source>
        <translation>Solo este país</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Conteo mínimo que se muestra</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Guardar como XLSX…</translation>
    </message>
    <message>
        <source>Open a definition…</source>
        <translation>Abrir una definición…</translation>
    </message>
    <message>
        <source>Save the definition…</source>
        <translation>Guardar la definición…</translation>
    </message>
    <message>
        <source>This is exactly what the file will hold. “—” is a count hidden to protect the people counted.</source>
        <translation>Esto es exactamente lo que contendrá el archivo. “—” es un conteo oculto para proteger a las personas contadas.</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>estadisticas</translation>
    </message>
    <message>
        <source>Save the counts</source>
        <translation>Guardar los conteos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Open an export definition</source>
        <translation>Abrir una definición de exportación</translation>
    </message>
    <message>
        <source>Export definitions (*.json)</source>
        <translation>Definiciones de exportación (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Save the export definition</source>
        <translation>Guardar la definición de exportación</translation>
    </message>
    <message>
        <source>export-definition.json</source>
        <translation>definicion-exportacion.json</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>FamilyGroupModel</name>
    <message>
        <source>Something in this person&apos;s record needs attention: open it to see what.</source>
        <translation>Algo en el registro de esta persona necesita atención: ábralo para ver qué.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message numerus="yes">
        <source>about %n</source>
        <translation>
            <numerusform>unos %n</numerusform>
            <numerusform>unos %n</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age (born)</source>
        <translation>Edad (nacimiento)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Ahora en</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>FamilyLinkRepository</name>
    <message>
        <source>These two persons are linked already.</source>
        <translation>Estas dos personas ya están vinculadas.</translation>
    </message>
    <message>
        <source>save the family link</source>
        <translation>guardar el vínculo familiar</translation>
    </message>
    <message>
        <source>The family link no longer exists.</source>
        <translation>El vínculo familiar ya no existe.</translation>
    </message>
    <message>
        <source>remove the family link</source>
        <translation>quitar el vínculo familiar</translation>
    </message>
</context>
<context>
    <name>FamilyLinkService</name>
    <message>
        <source>A person cannot be their own relative.</source>
        <translation>Una persona no puede ser su propio familiar.</translation>
    </message>
    <message>
        <source>Choose how the two are related.</source>
        <translation>Elija el parentesco entre las dos personas.</translation>
    </message>
    <message>
        <source>The note can have at most 500 characters.</source>
        <translation>La nota puede tener como máximo 500 caracteres.</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Bienvenida/o a Amparo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Home visit</source>
        <translation>Visita domiciliaria</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>En la oficina</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>fill a new, empty database with invented people (administrators)</source>
        <translation>llenar una base de datos nueva y vacía con personas inventadas (administradores)</translation>
    </message>
    <message>
        <source>How many persons (1 to 5,000,000).</source>
        <translation>Cuántas personas (de 1 a 5.000.000).</translation>
    </message>
    <message>
        <source>The same seed gives the same population.</source>
        <translation>La misma semilla da la misma población.</translation>
    </message>
    <message>
        <source>--persons must be a number from 1 to 5,000,000.</source>
        <translation>--persons debe ser un número de 1 a 5.000.000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 of %2 persons</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <source>%1 persons in %2 cases, %3 risk screenings, %4 legal procedures with %5 deadlines, %6 case plans with %7 steps, %8 tracing requests (%9 about someone registered).</source>
        <translation>%1 personas en %2 casos, %3 evaluaciones de riesgo, %4 trámites legales con %5 plazos, %6 planes de caso con %7 pasos, %8 solicitudes de búsqueda (%9 sobre alguien registrado).</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Change the goal</source>
        <translation>Cambiar el objetivo</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>Fijar un objetivo</translation>
    </message>
    <message>
        <source>what the work with the family aims at</source>
        <translation>lo que busca el trabajo con la familia</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Fijar objetivo</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holidays file cannot be used: %1</source>
        <translation>No se puede usar el archivo de feriados: %1</translation>
    </message>
    <message>
        <source>“%1” is not a country code.</source>
        <translation>«%1» no es un código de país.</translation>
    </message>
    <message>
        <source>“%1” under %2 is not a date (YYYY-MM-DD).</source>
        <translation>«%1» en %2 no es una fecha (AAAA-MM-DD).</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>bring persons and family groups in from a CSV or .xlsx file (FILE --mapping MAPPING [--dry-run])</source>
        <translation>traer personas y grupos familiares desde un archivo CSV o .xlsx (FILE --mapping MAPPING [--dry-run])</translation>
    </message>
    <message>
        <source>The CSV or .xlsx file.</source>
        <translation>El archivo CSV o .xlsx.</translation>
    </message>
    <message>
        <source>The mapping (JSON) saved from the import window or written by --propose-mapping.</source>
        <translation>La correspondencia (JSON) guardada desde la ventana de importación o escrita por --propose-mapping.</translation>
    </message>
    <message>
        <source>Write the mapping Amparo proposes for FILE to this file, to check and use; nothing is imported.</source>
        <translation>Escribir en este archivo la correspondencia que Amparo propone para FILE, para revisarla y usarla; no se importa nada.</translation>
    </message>
    <message>
        <source>Check every row and show what would be imported; write nothing.</source>
        <translation>Revisar todas las filas y mostrar qué se importaría; no escribir nada.</translation>
    </message>
    <message>
        <source>The sheet of a workbook, from 1 (default 1).</source>
        <translation>La hoja de un libro, desde 1 (por defecto 1).</translation>
    </message>
    <message>
        <source>Save what happened to every row as CSV.</source>
        <translation>Guardar como CSV qué pasó con cada fila.</translation>
    </message>
    <message>
        <source>import needs one FILE.</source>
        <translation>import necesita un FILE.</translation>
    </message>
    <message>
        <source>import needs --mapping MAPPING (write one with --propose-mapping OUT).</source>
        <translation>import necesita --mapping MAPPING (escriba una con --propose-mapping OUT).</translation>
    </message>
    <message>
        <source>--sheet must be a number from 1.</source>
        <translation>--sheet debe ser un número desde 1.</translation>
    </message>
    <message>
        <source>Check the mapping (and set &quot;defaultSite&quot;), then import with --mapping.</source>
        <translation>Revise la correspondencia (y ponga &quot;defaultSite&quot;); luego importe con --mapping.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation>Revisando %1 (%2)…</translation>
    </message>
    <message>
        <source>The mapping cannot be used for this file; nothing was imported.</source>
        <translation>La correspondencia no sirve para este archivo; no se importó nada.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>… and %1 more problems (save them all with --report).</source>
        <translation>… y %1 problemas más (guárdelos todos con --report).</translation>
    </message>
    <message>
        <source>Row %1: %2 may be %3 (case %4): %5; %6.</source>
        <translation>Fila %1: %2 puede ser %3 (caso %4): %5; %6.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 can be imported in %3 cases; %4 rows have problems; %5 persons may be registered already.</source>
        <translation>Filas leídas: %1; se pueden importar %2 en %3 casos; filas con problemas: %4; personas posiblemente ya registradas: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Ensayo: no se importó nada.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>No se puede importar ninguna fila.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1 seconds.</source>
        <translation>%1 segundos.</translation>
    </message>
    <message>
        <source>Row %1, %2, “%3”: will be imported; check: %4</source>
        <translation>Fila %1, %2, «%3»: se importará; revise: %4</translation>
    </message>
</context>
<context>
    <name>ImportDateParser</name>
    <message>
        <source>“%1” is not a date: there is no month %2. Check the order of day and month chosen for the file.</source>
        <translation>“%1” no es una fecha: no existe el mes %2. Revise el orden de día y mes elegido para el archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 has %3 days.</source>
        <translation>“%1” no es una fecha: %2 tiene %3 días.</translation>
    </message>
    <message>
        <source>“%1” is not a date: the year must have 2 or 4 digits.</source>
        <translation>“%1” no es una fecha: el año debe tener 2 o 4 cifras.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1” no es una fecha: no existe el mes %2.</translation>
    </message>
    <message>
        <source>“%1” looks like an age, not a date. If the column holds ages, map it as “%2”.</source>
        <translation>“%1” parece una edad, no una fecha. Si la columna tiene edades, asígnela como “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a date Amparo can read; write it as %2.</source>
        <translation>“%1” no es una fecha que Amparo pueda leer; escríbala como %2.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Hojas de cálculo y CSV (*.xlsx *.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Bring persons and their family groups in from a spreadsheet (.xlsx) or a CSV file exported from another tool. Nothing is written until you have seen every row that has a problem and said what to do with persons who may already be registered; then the rows you accept are imported together, or none at all.</source>
        <translation>Traiga personas y sus grupos familiares desde una hoja de cálculo (.xlsx) o un archivo CSV exportado de otra herramienta. No se escribe nada hasta que haya visto cada fila con un problema y decidido qué hacer con las personas que quizá ya estén registradas; entonces las filas que acepte se importan juntas, o ninguna.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Use a saved mapping…</source>
        <translation>Usar una correspondencia guardada…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <source>Site of rows that name none:</source>
        <translation>Sede de las filas que no indican ninguna:</translation>
    </message>
    <message>
        <source>What does each column hold? Amparo proposed this from the column names; correct it where it guessed wrong. Columns set to “(do not import)” are left out.</source>
        <translation>¿Qué contiene cada columna? Amparo lo propuso a partir de los nombres de las columnas; corríjalo donde se equivocó. Las columnas marcadas “(no importar)” se dejan fuera.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation>Guardar esta correspondencia…</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>Las fechas están escritas:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Por qué no se puede importar</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>Registrada como</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Column holds</source>
        <translation>La columna contiene</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Possibly registered already</source>
        <translation>Posiblemente ya registradas</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Check again with these meanings</source>
        <translation>Revisar de nuevo con estos significados</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save the report as CSV…</source>
        <translation>Guardar el informe como CSV…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Check every row &gt;</source>
        <translation>&amp;Revisar todas las filas &gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln fila</numerusform>
            <numerusform>&amp;Importar %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que desea importar.</translation>
    </message>
    <message>
        <source>Use a saved mapping</source>
        <translation>Usar una correspondencia guardada</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Correspondencias de importación (*.json)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Guardar esta correspondencia</translation>
    </message>
    <message>
        <source>import-mapping.json</source>
        <translation>correspondencia-importacion.json</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando todas las filas…</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Can be imported: %3, as %4 new cases. With a problem, not to be imported: %5. Possibly registered already: %6 (choose what to do with each).</source>
        <translation>Filas leídas: %1 (%2). Se pueden importar: %3, como %4 casos nuevos. Con un problema, no se importarán: %5. Posiblemente ya registradas: %6 (elija qué hacer con cada una).</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; the report after the import lists every row.</source>
        <translation>Se muestran los primeros %1 problemas; el informe posterior a la importación detalla todas las filas.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Possibly registered already (%1)</source>
        <translation>Posiblemente ya registradas (%1)</translation>
    </message>
    <message>
        <source>(not known: the row is not imported)</source>
        <translation>(desconocido: la fila no se importa)</translation>
    </message>
    <message>
        <source>Values (%1 not understood)</source>
        <translation>Valores (%1 sin entender)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>It took %1 seconds. Save the report to keep what happened to every row.</source>
        <translation>Tardó %1 segundos. Guarde el informe para conservar qué pasó con cada fila.</translation>
    </message>
    <message>
        <source>import-report-%1.csv</source>
        <translation>informe-importacion-%1.csv</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Qué contiene la columna «%1»</translation>
    </message>
    <message>
        <source>Will be imported; check: %1</source>
        <translation>Se importará; revise: %1</translation>
    </message>
    <message>
        <source>Problems (%1) and rows to check (%2)</source>
        <translation>Problemas (%1) y filas que revisar (%2)</translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation>Qué hacer con la fila %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>Qué significa «%1»</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>Full name (given and family names)</source>
        <translation>Nombre completo (nombres y apellidos)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names (both)</source>
        <translation>Apellidos (ambos)</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Other names or spellings</source>
        <translation>Otros nombres o grafías</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Document issued by (country)</source>
        <translation>Documento expedido por (país)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country where the person is</source>
        <translation>País donde está la persona</translation>
    </message>
    <message>
        <source>Department, state or province</source>
        <translation>Departamento, estado o provincia</translation>
    </message>
    <message>
        <source>Town or place</source>
        <translation>Ciudad o lugar</translation>
    </message>
    <message>
        <source>Household (same value, same family group)</source>
        <translation>Hogar (mismo valor, mismo grupo familiar)</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <translation>Parentesco con el jefe o la jefa de hogar</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Site or office</source>
        <translation>Sede u oficina</translation>
    </message>
    <message>
        <source>Document valid until</source>
        <translation>Documento válido hasta</translation>
    </message>
    <message>
        <source>Agrees to be contacted about family tracing (yes or no)</source>
        <translation>Acepta ser contactada/o para la búsqueda familiar (sí o no)</translation>
    </message>
    <message>
        <source>Note on the case</source>
        <translation>Nota en el caso</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Day/month/year (31/12/2020)</source>
        <translation>Día/mes/año (31/12/2020)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2020)</source>
        <translation>Mes/día/año (12/31/2020)</translation>
    </message>
    <message>
        <source>Year-month-day (2020-12-31)</source>
        <translation>Año-mes-día (2020-12-31)</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>Import as a new person</source>
        <translation>Importar como persona nueva</translation>
    </message>
    <message>
        <source>Link to the registered person</source>
        <translation>Vincular a la persona registrada</translation>
    </message>
    <message>
        <source>Two columns are called “%1”; rename one in the file.</source>
        <translation>Dos columnas se llaman “%1”; cambie el nombre de una en el archivo.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both fill “%3”; choose one.</source>
        <translation>Las columnas “%1” y “%2” llenan ambas “%3”; elija una.</translation>
    </message>
    <message>
        <source>Choose the column with the names: “%1”, or “%2” with the family names.</source>
        <translation>Elija la columna con los nombres: “%1”, o “%2” con los apellidos.</translation>
    </message>
    <message>
        <source>A column holds the full name and others hold parts of it; keep one or the other.</source>
        <translation>Una columna tiene el nombre completo y otras tienen partes de él; conserve una u otras.</translation>
    </message>
    <message>
        <source>One column holds both family names and another one of them; keep one or the other.</source>
        <translation>Una columna tiene ambos apellidos y otra uno de ellos; conserve una u otra.</translation>
    </message>
    <message>
        <source>Choose the site the records belong to.</source>
        <translation>Elija la sede a la que pertenecen los registros.</translation>
    </message>
    <message>
        <source>This is not an Amparo import mapping that can be used: %1</source>
        <translation>Esta no es una correspondencia de importación de Amparo utilizable: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1).</source>
        <translation>no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>it has an unknown entry “%1”.</source>
        <translation>tiene una entrada desconocida “%1”.</translation>
    </message>
    <message>
        <source>its format version is not %1.</source>
        <translation>su versión de formato no es %1.</translation>
    </message>
    <message>
        <source>a column entry has no column name or an unknown field.</source>
        <translation>una entrada de columna no tiene nombre de columna o tiene un campo desconocido.</translation>
    </message>
    <message>
        <source>the column “%1” is listed twice.</source>
        <translation>la columna “%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>the date order “%1” is not dmy, mdy or ymd.</source>
        <translation>el orden de fecha “%1” no es dmy, mdy ni ymd.</translation>
    </message>
    <message>
        <source>“onDuplicate” must be skip, new or link.</source>
        <translation>“onDuplicate” debe ser skip, new o link.</translation>
    </message>
    <message>
        <source>the values of “%1” cannot be read.</source>
        <translation>los valores de “%1” no se pueden leer.</translation>
    </message>
    <message>
        <source>The mapping %1 could not be read: %2</source>
        <translation>No se pudo leer la correspondencia %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an import mapping.</source>
        <translation>%1 es demasiado grande para ser una correspondencia de importación.</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>No se pudo guardar la correspondencia en %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The check of the file was stopped.</source>
        <translation>Se detuvo la revisión del archivo.</translation>
    </message>
    <message>
        <source>Row %1 has the same document.</source>
        <translation>La fila %1 tiene el mismo documento.</translation>
    </message>
    <message>
        <source>Row %1 has the same name and date of birth: the person seems to be listed twice.</source>
        <translation>La fila %1 tiene el mismo nombre y fecha de nacimiento: la persona parece figurar dos veces.</translation>
    </message>
    <message>
        <source>Row %1 is already the head of this household; a household has one.</source>
        <translation>La fila %1 ya es jefe o jefa de este hogar; un hogar tiene uno solo.</translation>
    </message>
    <message>
        <source>This household has no head: mark one of its members as head of household (for example “Jefe de hogar” or “Titular”).</source>
        <translation>Este hogar no tiene jefe ni jefa: marque a uno de sus miembros como jefe o jefa de hogar (por ejemplo “Jefe de hogar” o “Titular”).</translation>
    </message>
    <message>
        <source>Not imported: row %1 of the same household has a problem, and a family group is imported whole.</source>
        <translation>No importada: la fila %1 del mismo hogar tiene un problema, y un grupo familiar se importa completo.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>Linked to the registered person</source>
        <translation>Vinculada a la persona registrada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importada</translation>
    </message>
    <message>
        <source>Imported: %1 rows, in %2 new cases. Not imported because of a problem: %3. Skipped as already registered: %4. Linked to registered persons: %5.</source>
        <translation>Importadas: %1 filas, en %2 casos nuevos. No importadas por un problema: %3. Omitidas por estar ya registradas: %4. Vinculadas a personas registradas: %5.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Skipped with the head of its household (row %1), who is already registered.</source>
        <translation>Omitida junto con el jefe o la jefa de su hogar (fila %1), que ya está registrado.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>The file changed after it was checked (row %1). Check it again before importing; nothing was imported.</source>
        <translation>El archivo cambió después de revisarlo (fila %1). Revíselo de nuevo antes de importar; no se importó nada.</translation>
    </message>
    <message>
        <source>Already registered: %1 (%2).</source>
        <translation>Ya registrado: %1 (%2).</translation>
    </message>
    <message>
        <source>Already registered with the whole household: %1.</source>
        <translation>Ya registrado con todo su hogar: %1.</translation>
    </message>
    <message>
        <source>The registered person %1 joins the new case.</source>
        <translation>La persona registrada %1 se une al caso nuevo.</translation>
    </message>
    <message>
        <source>The file changed after it was checked: some households are not complete. Check it again before importing; nothing was imported.</source>
        <translation>El archivo cambió después de revisarlo: algunos hogares no están completos. Revíselo de nuevo antes de importar; no se importó nada.</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importado desde %1: %2</translation>
    </message>
    <message>
        <source>The household of row %1 could not be saved: %2 Nothing was imported.</source>
        <translation>No se pudo guardar el grupo familiar de la fila %1: %2 No se importó nada.</translation>
    </message>
</context>
<context>
    <name>IncidentCatalogue</name>
    <message>
        <source>The incident catalogue cannot be used: %1</source>
        <translation>El catálogo de incidentes no se puede usar: %1</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>no tiene «%1».</translation>
    </message>
    <message>
        <source>an entry of “%1” (“%2”) has a bad or repeated code or no English label.</source>
        <translation>una entrada de «%1» («%2») tiene un código incorrecto o repetido o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>no tiene &quot;version&quot;.</translation>
    </message>
    <message>
        <source>the incident type “%1” is in the unknown group “%2”.</source>
        <translation>el tipo de incidente «%1» está en el grupo desconocido «%2».</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>What happened — %1</source>
        <translation>Lo que pasó — %1</translation>
    </message>
    <message>
        <source>Record what happened — %1</source>
        <translation>Registrar lo que pasó — %1</translation>
    </message>
    <message>
        <source>The family, not one person</source>
        <translation>La familia, no una persona</translation>
    </message>
    <message>
        <source>It happened to</source>
        <translation>Le pasó a</translation>
    </message>
    <message>
        <source>In the person&apos;s words, what they chose to tell. Read only by legal staff and administrators; never in any statistics.</source>
        <translation>En palabras de la persona, lo que eligió contar. Solo lo leen el equipo jurídico y los administradores; nunca aparece en estadísticas.</translation>
    </message>
    <message>
        <source>What they told</source>
        <translation>Lo que contó</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>IncidentFactsForm</name>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>A month is enough.</source>
        <translation>Basta con el mes.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Quién lo hizo</translation>
    </message>
    <message>
        <source>When (month)</source>
        <translation>Cuándo (mes)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Age group of the person</source>
        <translation>Grupo de edad de la persona</translation>
    </message>
    <message>
        <source>Sex of the person</source>
        <translation>Sexo de la persona</translation>
    </message>
    <message>
        <source>As the person chose to say</source>
        <translation>Según eligió decir la persona</translation>
    </message>
    <message>
        <source>Reported?</source>
        <translation>¿Se denunció?</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Denunciado ante</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>Lo que hizo el Estado</translation>
    </message>
</context>
<context>
    <name>IncidentReported</name>
    <message>
        <source>Reported</source>
        <translation>Denunciado</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No denunciado</translation>
    </message>
    <message>
        <source>Did not want to say</source>
        <translation>No quiso decir</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>save the incident</source>
        <translation>guardar el incidente</translation>
    </message>
    <message>
        <source>remove the incident</source>
        <translation>eliminar el incidente</translation>
    </message>
    <message>
        <source>read the incidents</source>
        <translation>leer los incidentes</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>El incidente ya no existe.</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>The person it happened to is not a member of this case.</source>
        <translation>La persona a quien le pasó no es miembro de este caso.</translation>
    </message>
    <message>
        <source>What happened can have at most %1 characters.</source>
        <translation>Lo que pasó puede tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>IncidentValidator</name>
    <message>
        <source>Choose what happened.</source>
        <translation>Elija lo que pasó.</translation>
    </message>
    <message>
        <source>Choose who did it (“Unknown” if not known).</source>
        <translation>Elija quién lo hizo («Desconocido» si no se sabe).</translation>
    </message>
    <message>
        <source>Enter the month it happened.</source>
        <translation>Indique el mes en que pasó.</translation>
    </message>
    <message>
        <source>The month it happened is in the future.</source>
        <translation>El mes en que pasó está en el futuro.</translation>
    </message>
    <message>
        <source>Choose the country where it happened.</source>
        <translation>Elija el país donde pasó.</translation>
    </message>
    <message>
        <source>“%1” is not a department of %2.</source>
        <translation>«%1» no es un departamento de %2.</translation>
    </message>
    <message>
        <source>Choose the kind of place where it happened.</source>
        <translation>Elija el tipo de lugar donde pasó.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices offered.</source>
        <translation>«%1» no es una de las opciones ofrecidas.</translation>
    </message>
    <message>
        <source>Choose the institution it was reported to.</source>
        <translation>Elija la institución ante la que se denunció.</translation>
    </message>
    <message>
        <source>Choose what the state did (“Unknown” if not known).</source>
        <translation>Elija lo que hizo el Estado («Desconocido» si no se sabe).</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Quién lo hizo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>Lo que hizo el Estado</translation>
    </message>
    <message>
        <source>Record what happened…</source>
        <translation>Registrar lo que pasó…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>La familia</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Ante %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet. What a person tells happened to them on the way or where they live now is documented here; only its codes are ever counted, with small numbers hidden.</source>
        <translation>Nada registrado aún. Aquí se documenta lo que una persona cuenta que le pasó en el camino o donde vive ahora; solo se cuentan sus códigos, con las cifras pequeñas ocultas.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>What they told: %1</source>
        <translation>Lo que contó: %1</translation>
    </message>
    <message>
        <source>Remove the incident</source>
        <translation>Eliminar el incidente</translation>
    </message>
    <message>
        <source>Remove “%1” from the case? The audit trail keeps that it was recorded and removed.</source>
        <translation>¿Eliminar «%1» del caso? El registro de auditoría guarda que se registró y se eliminó.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create the database, its administrator and optionally the first site</source>
        <translation>crear la base de datos, su administrador y, si se desea, la primera sede</translation>
    </message>
    <message>
        <source>Create the first administrator with this user name (only on a database without users; the passphrase is asked for twice, or read from %1).</source>
        <translation>Crear el primer administrador con este nombre de usuario (solo en una base de datos sin usuarios; la frase de contraseña se pide dos veces o se lee de %1).</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>El nombre completo del administrador.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nueva frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>No passphrase was given for the administrator.</source>
        <translation>No se indicó la frase de contraseña del administrador.</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrador %1 creado.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Base de datos lista: %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Create the database file unencrypted: only where the computer&apos;s disk is encrypted already.</source>
        <translation>Crear el archivo de base de datos sin cifrar: solo donde el disco de la computadora ya está cifrado.</translation>
    </message>
    <message>
        <source>Write the new database&apos;s recovery key to this file instead of printing it.</source>
        <translation>Escribir la clave de recuperación de la nueva base de datos en este archivo en vez de mostrarla.</translation>
    </message>
    <message>
        <source>--recovery-key-out is for a new encrypted database; %1 is not one.</source>
        <translation>--recovery-key-out es para una base de datos nueva cifrada; %1 no lo es.</translation>
    </message>
    <message>
        <source>%1 The database was not created.</source>
        <translation>%1 No se creó la base de datos.</translation>
    </message>
    <message>
        <source>The database is NOT encrypted (--no-encryption): anyone who takes this computer can read it unless its disk is encrypted.</source>
        <translation>La base de datos NO está cifrada (--no-encryption): quien se lleve esta computadora puede leerla, salvo que su disco esté cifrado.</translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message>
        <source>the same document number %1</source>
        <translation>el mismo número de documento %1</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>el mismo número de teléfono</translation>
    </message>
    <message>
        <source>the same date of birth</source>
        <translation>la misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>born the same year</source>
        <translation>nacida el mismo año</translation>
    </message>
    <message>
        <source>born a year apart</source>
        <translation>nacida con un año de diferencia</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Monitoring interview — %1</source>
        <translation>Entrevista de monitoreo — %1</translation>
    </message>
    <message>
        <source>Say first what the interview is for, that it is anonymous and that the person may stop or skip a question at any time.</source>
        <translation>Explique primero para qué es la entrevista, que es anónima y que la persona puede parar o saltar una pregunta en cualquier momento.</translation>
    </message>
    <message>
        <source>The person agreed to be interviewed</source>
        <translation>La persona aceptó ser entrevistada</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Día de la entrevista</translation>
    </message>
    <message>
        <source>Adults only: a child&apos;s situation is recorded in a case.</source>
        <translation>Solo personas adultas: la situación de un niño, niña o adolescente se registra en un caso.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>As the person chose to say</source>
        <translation>Según eligió decir la persona</translation>
    </message>
    <message>
        <source>Persons in the household</source>
        <translation>Personas en el hogar</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Situación migratoria</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>Intenciones</translation>
    </message>
    <message>
        <source>Risks upon return</source>
        <translation>Riesgos en caso de retorno</translation>
    </message>
    <message>
        <source>Most pressing needs</source>
        <translation>Necesidades más urgentes</translation>
    </message>
    <message>
        <source>Add what happened…</source>
        <translation>Añadir lo que pasó…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>Registrar la entrevista</translation>
    </message>
</context>
<context>
    <name>InterviewIncidentDialog</name>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>To the person interviewed or to someone of their household. Only codes are kept: no name, no story.</source>
        <translation>A la persona entrevistada o a alguien de su hogar. Solo se guardan códigos: ni nombres ni relatos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file of this database is damaged or is not a key file. Put back the key file from the same backup as the database.</source>
        <translation>El archivo de claves de esta base de datos está dañado o no es un archivo de claves. Vuelva a poner el archivo de claves de la misma copia de seguridad que la base de datos.</translation>
    </message>
    <message>
        <source>The key file of this database was written by a newer version of Amparo. Install that version to open it.</source>
        <translation>El archivo de claves de esta base de datos lo escribió una versión más nueva de Amparo. Instale esa versión para abrirla.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2. Without it the database cannot be opened.</source>
        <translation>No se puede leer el archivo de claves %1: %2. Sin él no se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key of the database.</source>
        <translation>No hay memoria suficiente para proteger la clave de la base de datos.</translation>
    </message>
    <message>
        <source>Not enough memory to open the key of the database.</source>
        <translation>No hay memoria suficiente para abrir la clave de la base de datos.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>El nombre de usuario o la frase de contraseña no son correctos. Compruebe que Bloq Mayús está desactivado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database: it belongs to another database, or this database&apos;s recovery key was replaced.</source>
        <translation>Esta clave de recuperación no abre esta base de datos: pertenece a otra base de datos, o la clave de recuperación de esta se reemplazó.</translation>
    </message>
    <message>
        <source>The key file of this database has been changed by something other than Amparo, so it is not trusted. Put back the key file from the same backup as the database.</source>
        <translation>Algo distinto de Amparo cambió el archivo de claves de esta base de datos, así que no es de confianza. Vuelva a poner el archivo de claves de la misma copia de seguridad que la base de datos.</translation>
    </message>
    <message>
        <source>A user name for the key file must have between 1 and %1 bytes.</source>
        <translation>Un nombre de usuario para el archivo de claves debe tener entre 1 y %1 bytes.</translation>
    </message>
    <message>
        <source>This database has as many passphrases as it can hold (%1).</source>
        <translation>Esta base de datos ya tiene tantas frases de contraseña como puede guardar (%1).</translation>
    </message>
    <message>
        <source>The sign-in hash of %1 is not one Amparo can make a key from; give %1 a new passphrase instead.</source>
        <translation>Amparo no puede hacer una clave con el resumen de inicio de sesión de %1; dé a %1 una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>No se pudo escribir el archivo de claves %1: %2</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Bienvenida/o a Amparo</translation>
    </message>
    <message>
        <source>Three short steps prepare Amparo for your organisation.</source>
        <translation>Tres pasos cortos preparan Amparo para su organización.</translation>
    </message>
    <message>
        <source>Choose the language Amparo speaks on this computer. Each person can change it later from Settings → Language.</source>
        <translation>Elija el idioma de Amparo en esta computadora. Se puede cambiar después en Configuración → Idioma.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>LinkRelativeDialog</name>
    <message>
        <source>Link a relative in another case</source>
        <translation>Vincular un familiar de otro caso</translation>
    </message>
    <message>
        <source>case number, for example CUC-2026-00012</source>
        <translation>número de caso, por ejemplo CUC-2026-00012</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Confirmed (documents, or both recognise each other)</source>
        <translation>Confirmado (documentos, o ambos se reconocen)</translation>
    </message>
    <message>
        <source>who said so, how it was checked</source>
        <translation>quién lo dijo, cómo se verificó</translation>
    </message>
    <message>
        <source>Member of this case</source>
        <translation>Miembro de este caso</translation>
    </message>
    <message>
        <source>Other case</source>
        <translation>Otro caso</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>The relative is their</source>
        <translation>El familiar es su</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Find the other case by its number first.</source>
        <translation>Primero busque el otro caso por su número.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list cases, newest number first, optionally filtered</source>
        <translation>listar casos, el número más reciente primero, con filtro opcional</translation>
    </message>
    <message>
        <source>Names, document numbers or a case number to look for.</source>
        <translation>Nombres, números de documento o un número de caso a buscar.</translation>
    </message>
    <message>
        <source>Only cases with this status: open, closed or transferred.</source>
        <translation>Solo casos con este estado: open, closed o transferred.</translation>
    </message>
    <message>
        <source>At most this many cases (0: all).</source>
        <translation>Como máximo esta cantidad de casos (0: todos).</translation>
    </message>
    <message>
        <source>--status must be open, closed or transferred.</source>
        <translation>--status debe ser open, closed o transferred.</translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation>--limit debe ser un número entero.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format debe ser text o json.</translation>
    </message>
    <message>
        <source>similar: %1 (%2)</source>
        <translation>parecido: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&lt;h2&gt;Amparo is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Amparo está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1, enter your passphrase to continue. Your unsaved work is kept.</source>
        <translation>%1, ingrese su frase de contraseña para continuar. Su trabajo sin guardar se conserva.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>MailboxAccounts</name>
    <message>
        <source>set up the post&apos;s mailbox on the server</source>
        <translation>preparar el buzón del puesto en el servidor</translation>
    </message>
    <message>
        <source>The site code %1 is too long for a mailbox on this server: the database&apos;s name and the code together may have at most 57 letters.</source>
        <translation>El código de sede %1 es demasiado largo para un buzón en este servidor: el nombre de la base de datos y el código juntos pueden tener como máximo 57 letras.</translation>
    </message>
    <message>
        <source>The mailbox&apos;s password could not be prepared.</source>
        <translation>No se pudo preparar la contraseña del buzón.</translation>
    </message>
</context>
<context>
    <name>MailboxRepository</name>
    <message>
        <source>read the packages waiting on the server</source>
        <translation>leer los paquetes que esperan en el servidor</translation>
    </message>
    <message>
        <source>remove an applied package from the server</source>
        <translation>quitar del servidor un paquete aplicado</translation>
    </message>
    <message>
        <source>leave the package on the server</source>
        <translation>dejar el paquete en el servidor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · Database: %3</source>
        <translation>Sesión de %1 (%2) · Base de datos: %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Caso &amp;nuevo…</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Buscar un caso</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministración</translation>
    </message>
    <message>
        <source>Add a &amp;site…</source>
        <translation>Agregar una &amp;sede…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation>&amp;Acerca de Amparo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>No site has been set up yet. Ask an administrator to add the site where you register cases.</source>
        <translation>Todavía no se configuró ninguna sede. Pida a un administrador que agregue la sede donde registra casos.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad escrita en %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup made on %1 by %2 is sound. Replace the current database with it? Amparo will close the open cases and ask you to sign in again. The current database is kept next to it.</source>
        <translation>La copia hecha el %1 por %2 está íntegra. ¿Reemplazar con ella la base de datos actual? Amparo cerrará los casos abiertos y le pedirá iniciar sesión de nuevo. La base de datos actual se guarda a su lado.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Enter your current passphrase, then the new one twice.</source>
        <translation>Ingrese su frase de contraseña actual y luego la nueva dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this database was made %n day(s) ago. Make one now?</source>
        <translation>
            <numerusform>La última copia de seguridad de esta base de datos se hizo hace %n día. ¿Hacer una ahora?</numerusform>
            <numerusform>La última copia de seguridad de esta base de datos se hizo hace %n días. ¿Hacer una ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has never been backed up. Make a backup now?</source>
        <translation>Nunca se hizo una copia de seguridad de esta base de datos. ¿Hacer una ahora?</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>About Amparo</source>
        <translation>Acerca de Amparo</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Add &amp;demonstration data…</source>
        <translation>Agregar datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Remove the demonstration data…</source>
        <translation>&amp;Quitar los datos de demostración…</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Amparo &amp;help</source>
        <translation>A&amp;yuda de Amparo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Amparo %1&lt;/h3&gt;&lt;p&gt;Case management for organisations that serve refugees and migrants.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Qt %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amparo %1&lt;/h3&gt;&lt;p&gt;Gestión de casos para organizaciones que atienden a personas refugiadas y migrantes.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Qt %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Amparo will speak %1 the next time it starts.</source>
        <translation>Amparo usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Add %1 invented people, in families, at a site of their own called %2? They are for trying Amparo and can be removed in one step. This is only possible while the database holds no case.</source>
        <translation>¿Agregar %1 personas inventadas, en familias, en una sede propia llamada %2? Sirven para probar Amparo y se quitan en un solo paso. Solo es posible mientras la base de datos no tenga casos.</translation>
    </message>
    <message>
        <source>There is no demonstration data in this database.</source>
        <translation>No hay datos de demostración en esta base de datos.</translation>
    </message>
    <message>
        <source>Close the open cases first, then remove the demonstration data.</source>
        <translation>Cierre primero los casos abiertos y luego quite los datos de demostración.</translation>
    </message>
    <message>
        <source>Remove the site %1 with every case, person and tracing request registered there? Cases at your other sites stay as they are. This cannot be undone.</source>
        <translation>¿Quitar la sede %1 con todos los casos, personas y solicitudes de búsqueda registrados allí? Los casos de sus otras sedes no cambian. No se puede deshacer.</translation>
    </message>
    <message>
        <source>The demonstration data is gone: %1 cases, %2 persons and %3 tracing requests.</source>
        <translation>Se quitaron los datos de demostración: %1 casos, %2 personas y %3 solicitudes de búsqueda.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (cifrada)</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (sin cifrar)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Cifrar la base de datos…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message>
        <source>Amparo will write an encrypted copy of the database, check it, put it in the place of this one, and overwrite and remove the unencrypted file and the copies kept before upgrades. Every active user keeps their passphrase. You will then be shown a recovery key to print or write down, and sign in again.

On an SSD, pieces of the unencrypted file may survive on the disk until they are written over. Encrypt now?</source>
        <translation>Amparo escribirá una copia cifrada de la base de datos, la comprobará, la pondrá en lugar de esta, y sobrescribirá y eliminará el archivo sin cifrar y las copias guardadas antes de las actualizaciones. Cada usuario activo conserva su frase de contraseña. Después verá una clave de recuperación para imprimir o anotar, e iniciará sesión de nuevo.

En un disco SSD, partes del archivo sin cifrar pueden quedar en el disco hasta que se escriba encima. ¿Cifrar ahora?</translation>
    </message>
    <message>
        <source>Writing the encrypted copy…</source>
        <translation>Escribiendo la copia cifrada…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Crear una nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which will no longer open the database: destroy every printed copy of it. Make a new one now?</source>
        <translation>Una nueva clave de recuperación reemplaza a la actual, que ya no abrirá la base de datos: destruya todas sus copias impresas. ¿Crear una nueva ahora?</translation>
    </message>
    <message>
        <source>&amp;Send a package…</source>
        <translation>&amp;Enviar un paquete…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a package…</source>
        <translation>Reci&amp;bir un paquete…</translation>
    </message>
    <message>
        <source>&amp;Field posts and office…</source>
        <translation>&amp;Puestos de campo y oficina…</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>Enviar un paquete</translation>
    </message>
    <message>
        <source>No site is registered yet. Under Administration → Field posts and office, make this database a site and register the other side&apos;s card.</source>
        <translation>Todavía no hay ninguna sede registrada. En Administración → Puestos de campo y oficina, convierta esta base de datos en una sede y registre la tarjeta de la otra parte.</translation>
    </message>
    <message>
        <source>Send the package to:</source>
        <translation>Enviar el paquete a:</translation>
    </message>
    <message>
        <source>Amparo packages (*.amparo-package)</source>
        <translation>Paquetes de Amparo (*.amparo-package)</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 was written to %3 with %n record(s). Only %2 can open it: a lost copy reveals nothing without its keys.</source>
        <translation>
            <numerusform>El paquete %1 para %2 se escribió en %3 con %n registro. Solo %2 puede abrirlo: una copia perdida no revela nada sin sus claves.</numerusform>
            <numerusform>El paquete %1 para %2 se escribió en %3 con %n registros. Solo %2 puede abrirlo: una copia perdida no revela nada sin sus claves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Recibir un paquete</translation>
    </message>
    <message>
        <source>&amp;Review list…</source>
        <translation>&amp;Lista de revisión…</translation>
    </message>
    <message>
        <source>Records changed here and at another site: open the review list to choose the version that stays.</source>
        <translation>Registros modificados aquí y en otra sede: abra la lista de revisión para elegir la versión que queda.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for review</source>
        <translation>
            <numerusform>%n registro espera revisión</numerusform>
            <numerusform>%n registros esperan revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xchange packages through the server</source>
        <translation>Intercambiar pa&amp;quetes por el servidor</translation>
    </message>
    <message>
        <source>Exchange packages through the server</source>
        <translation>Intercambiar paquetes por el servidor</translation>
    </message>
    <message>
        <source>&amp;Possible duplicates…</source>
        <translation>Posibles &amp;duplicados…</translation>
    </message>
    <message>
        <source>&amp;Merges to review…</source>
        <translation>&amp;Fusiones por revisar…</translation>
    </message>
    <message>
        <source>Partner &amp;organisations…</source>
        <translation>&amp;Organizaciones aliadas…</translation>
    </message>
    <message>
        <source>Open a re&amp;ferral package…</source>
        <translation>Abrir un paquete de re&amp;misión…</translation>
    </message>
    <message>
        <source>Open a referral package</source>
        <translation>Abrir un paquete de remisión</translation>
    </message>
    <message>
        <source>Amparo referral packages (*.amparo-referral);;All files (*)</source>
        <translation>Paquetes de remisión de Amparo (*.amparo-referral);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No site has been set up yet: an administrator adds the site where cases are registered first.</source>
        <translation>Todavía no hay ninguna sede: un administrador debe agregar primero la sede donde se registran los casos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 refers %n person(s) to you (their case %2, %3), for: %4. Open a new case for them here?</source>
        <translation>
            <numerusform>%1 le remite %n persona (su caso %2, %3), para: %4. ¿Abrir aquí un caso nuevo?</numerusform>
            <numerusform>%1 le remite %n personas (su caso %2, %3), para: %4. ¿Abrir aquí un caso nuevo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of &amp;conduct…</source>
        <translation>Código de &amp;conducta…</translation>
    </message>
    <message>
        <source>&amp;Transfers of personal data…</source>
        <translation>&amp;Transferencias de datos personales…</translation>
    </message>
    <message>
        <source>Requests about people&apos;s &amp;data…</source>
        <translation>Solicitudes sobre los &amp;datos de las personas…</translation>
    </message>
    <message>
        <source>Retention of &amp;closed cases…</source>
        <translation>Conservación de casos &amp;cerrados…</translation>
    </message>
    <message>
        <source>Protection &amp;monitoring…</source>
        <translation>&amp;Monitoreo de protección…</translation>
    </message>
</context>
<context>
    <name>MatchProposalRepository</name>
    <message>
        <source>save the proposed match</source>
        <translation>guardar la coincidencia propuesta</translation>
    </message>
    <message>
        <source>The proposed match no longer exists.</source>
        <translation>La coincidencia propuesta ya no existe.</translation>
    </message>
    <message>
        <source>save the review of the match</source>
        <translation>guardar la revisión de la coincidencia</translation>
    </message>
    <message>
        <source>Someone else reviewed this match already. Look at the request again.</source>
        <translation>Otra persona ya revisó esta coincidencia. Vuelva a mirar la solicitud.</translation>
    </message>
</context>
<context>
    <name>MatchProposer</name>
    <message>
        <source>matching</source>
        <translation>búsqueda de coincidencias</translation>
    </message>
    <message>
        <source>the person no longer agrees to tracing</source>
        <translation>la persona ya no acepta la búsqueda</translation>
    </message>
</context>
<context>
    <name>MatchStatus</name>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Persons registered</source>
        <translation>Personas registradas</translation>
    </message>
    <message>
        <source>Cases (family groups)</source>
        <translation>Casos (grupos familiares)</translation>
    </message>
    <message>
        <source>Risk screenings</source>
        <translation>Evaluaciones de riesgo</translation>
    </message>
    <message>
        <source>Specific needs in force</source>
        <translation>Necesidades específicas vigentes</translation>
    </message>
    <message>
        <source>Legal procedures</source>
        <translation>Procedimientos legales</translation>
    </message>
    <message>
        <source>Recognitions and permits granted</source>
        <translation>Reconocimientos y permisos otorgados</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Solicitudes de búsqueda</translation>
    </message>
    <message>
        <source>Families reunited</source>
        <translation>Familias reunificadas</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Plazos incumplidos</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Incidents documented</source>
        <translation>Incidentes documentados</translation>
    </message>
    <message>
        <source>Denials of asylum and of services</source>
        <translation>Negaciones de asilo y de servicios</translation>
    </message>
    <message>
        <source>Monitoring interviews</source>
        <translation>Entrevistas de monitoreo</translation>
    </message>
</context>
<context>
    <name>MemberArgument</name>
    <message>
        <source>“%1” is not CASE:N, for example CUC-2026-00012:2.</source>
        <translation>«%1» no es CASO:N, por ejemplo CUC-2026-00012:2.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 has %n member(s).</source>
        <translation>
            <numerusform>El caso %1 tiene %n miembro.</numerusform>
            <numerusform>El caso %1 tiene %n miembros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Principal person</source>
        <translation>Persona principal</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Miembro de la familia</translation>
    </message>
    <message>
        <source>Relationship to %1</source>
        <translation>Parentesco con %1</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>merge two records of one person or two cases of one family; list, undo or close the merges to review (legal staff and administrators)</source>
        <translation>fusionar dos registros de una misma persona o dos casos de una misma familia; listar, deshacer o cerrar las fusiones por revisar (personal jurídico y administradores)</translation>
    </message>
    <message>
        <source>persons, cases, list, undo or close.</source>
        <translation>persons, cases, list, undo o close.</translation>
    </message>
    <message>
        <source>persons: CASE:N, the N-th member of a case as show lists them (1 is the principal); cases: the case number that stays; undo and close: the merge&apos;s number.</source>
        <translation>persons: CASO:N, el N-ésimo miembro de un caso tal como los lista show (1 es la persona principal); cases: el número del caso que se queda; undo y close: el número de la fusión.</translation>
    </message>
    <message>
        <source>The person (CASE:N) or case merged into it, which goes.</source>
        <translation>La persona (CASO:N) o el caso que se fusiona con él y desaparece.</translation>
    </message>
    <message>
        <source>Fields whose value comes from the record that goes, comma-separated (persons: given_names, family_name1, family_name2, sex, birth, birth_country, phone, location, no_document; cases: registered_on, caseworker, status, consent).</source>
        <translation>Campos cuyo valor se toma del registro que desaparece, separados por comas (persons: given_names, family_name1, family_name2, sex, birth, birth_country, phone, location, no_document; cases: registered_on, caseworker, status, consent).</translation>
    </message>
    <message>
        <source>cases: the two principals are one person registered twice; merge them too.</source>
        <translation>cases: las dos personas principales son una sola registrada dos veces; fusionarlas también.</translation>
    </message>
    <message>
        <source>cases with --same-principal: the principal&apos;s fields taken from the case that goes.</source>
        <translation>cases con --same-principal: los campos de la persona principal que se toman del caso que desaparece.</translation>
    </message>
    <message>
        <source>cases without --same-principal: how the other principal joins the family (spouse, child, parent, sibling, grandparent, grandchild, other_relative, non_relative; default other_relative).</source>
        <translation>cases sin --same-principal: cómo se une a la familia la otra persona principal (spouse, child, parent, sibling, grandparent, grandchild, other_relative, non_relative; por defecto other_relative).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not one of %3.</source>
        <translation>--%1: «%2» no es uno de %3.</translation>
    </message>
    <message>
        <source>%1 was merged into %2 (merge %3). Until its review is closed, amparo-cli merge undo %3 puts both back.</source>
        <translation>%1 se fusionó con %2 (fusión %3). Hasta que se cierre su revisión, amparo-cli merge undo %3 devuelve ambos.</translation>
    </message>
    <message>
        <source>merge needs an action: %1.</source>
        <translation>merge necesita una acción: %1.</translation>
    </message>
    <message>
        <source>merge %1 needs the record that stays and the one that goes.</source>
        <translation>merge %1 necesita el registro que se queda y el que desaparece.</translation>
    </message>
    <message>
        <source>merge %1 needs the merge&apos;s number.</source>
        <translation>merge %1 necesita el número de la fusión.</translation>
    </message>
    <message>
        <source>merge list takes nothing more.</source>
        <translation>merge list no admite nada más.</translation>
    </message>
    <message>
        <source>--joins-as must be a relationship such as sibling or other_relative.</source>
        <translation>--joins-as debe ser un parentesco como sibling u other_relative.</translation>
    </message>
    <message>
        <source>“%1” is not a merge&apos;s number (merge list shows them).</source>
        <translation>«%1» no es un número de fusión (merge list los muestra).</translation>
    </message>
    <message>
        <source>Merge %1 was undone: both records are back as they were.</source>
        <translation>La fusión %1 se deshizo: ambos registros volvieron a estar como antes.</translation>
    </message>
    <message>
        <source>The review of merge %1 is closed; it can no longer be undone.</source>
        <translation>La revisión de la fusión %1 está cerrada; ya no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>The principals</source>
        <translation>Las personas principales</translation>
    </message>
    <message>
        <source>The two principals are one person registered twice: merge them too</source>
        <translation>Las dos personas principales son una sola persona registrada dos veces: fusionarlas también</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Fusionar dos registros de una misma persona</translation>
    </message>
    <message>
        <source>Merge two cases of one family</source>
        <translation>Fusionar dos casos de una misma familia</translation>
    </message>
    <message>
        <source>The &amp;other one stays</source>
        <translation>Se queda el &amp;otro</translation>
    </message>
    <message>
        <source>For each line that differs, choose the value the person&apos;s record keeps. The spelling of the name not chosen is kept as another name, so searches still find it.</source>
        <translation>En cada línea que difiere, elija el valor que conserva el registro de la persona. La grafía del nombre no elegida se guarda como otro nombre, para que las búsquedas la sigan encontrando.</translation>
    </message>
    <message>
        <source>For each line that differs, choose what the case keeps. The family groups become one; a person in both stays once.</source>
        <translation>En cada línea que difiere, elija lo que conserva el caso. Los grupos familiares se vuelven uno; una persona que está en ambos queda una sola vez.</translation>
    </message>
    <message>
        <source>Otherwise the other principal joins the family as:</source>
        <translation>Si no, la otra persona principal se une a la familia como:</translation>
    </message>
    <message>
        <source>A merge can be undone under Administration → Merges to review, until someone closes its review.</source>
        <translation>Una fusión se puede deshacer en Administración → Fusiones por revisar, hasta que alguien cierre su revisión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays; &lt;b&gt;%2&lt;/b&gt; is merged into it and goes.</source>
        <translation>Se queda &lt;b&gt;%1&lt;/b&gt;; &lt;b&gt;%2&lt;/b&gt; se fusiona con él y desaparece.</translation>
    </message>
    <message>
        <source>Joins the one that stays, whatever is chosen: %1.</source>
        <translation>Pasa al que se queda, se elija lo que se elija: %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>MergeKind</name>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
</context>
<context>
    <name>MergeRepository</name>
    <message>
        <source>keep the merge for its review</source>
        <translation>guardar la fusión para su revisión</translation>
    </message>
    <message>
        <source>read the merge</source>
        <translation>leer la fusión</translation>
    </message>
    <message>
        <source>That merge is not recorded.</source>
        <translation>Esa fusión no está registrada.</translation>
    </message>
    <message>
        <source>list the merges to review</source>
        <translation>listar las fusiones por revisar</translation>
    </message>
    <message>
        <source>close the review of the merge</source>
        <translation>cerrar la revisión de la fusión</translation>
    </message>
    <message>
        <source>keep the merged case&apos;s number</source>
        <translation>conservar el número del caso fusionado</translation>
    </message>
    <message>
        <source>find the case</source>
        <translation>encontrar el caso</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>&amp;Undo the merge…</source>
        <translation>&amp;Deshacer la fusión…</translation>
    </message>
    <message>
        <source>&amp;Close the review</source>
        <translation>&amp;Cerrar la revisión</translation>
    </message>
    <message>
        <source>Merges to review</source>
        <translation>Fusiones por revisar</translation>
    </message>
    <message>
        <source>Each merge can be undone until someone closes its review. Check the record that stayed; if the two were not the same, undo the merge and both come back as they were. A merge whose record changed since can no longer be undone.</source>
        <translation>Cada fusión se puede deshacer hasta que alguien cierre su revisión. Revise el registro que se quedó; si los dos no eran el mismo, deshaga la fusión y ambos vuelven tal como estaban. Una fusión cuyo registro cambió después ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Fusionado el</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Se quedó</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Fusionado con él</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No merge is waiting for review.</source>
        <translation>Ninguna fusión espera revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) to review.</source>
        <translation>
            <numerusform>%n fusión por revisar.</numerusform>
            <numerusform>%n fusiones por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both records come back as they were before it.</source>
        <translation>¿Deshacer la fusión de %1 con %2? Ambos registros vuelven a estar como antes de ella.</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Un registro no se puede fusionar consigo mismo.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document(s)</source>
        <translation>
            <numerusform>%n documento de identidad</numerusform>
            <numerusform>%n documentos de identidad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>membership of %n case(s)</source>
        <translation>
            <numerusform>su pertenencia a %n caso</numerusform>
            <numerusform>su pertenencia a %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>every screening, procedure, deadline, specific need, family link and tracing request of %1</source>
        <translation>toda evaluación, procedimiento, plazo, necesidad específica, vínculo familiar y solicitud de búsqueda de %1</translation>
    </message>
    <message numerus="yes">
        <source>the family group of %1 (%n person(s))</source>
        <translation>
            <numerusform>el grupo familiar de %1 (%n persona)</numerusform>
            <numerusform>el grupo familiar de %1 (%n personas)</numerusform>
        </translation>
    </message>
    <message>
        <source>every note, screening, procedure, deadline, conflict check and tracing request of %1</source>
        <translation>toda nota, evaluación, procedimiento, plazo, verificación de conflictos y solicitud de búsqueda de %1</translation>
    </message>
    <message>
        <source>%1 merged into %2 (merge %3)</source>
        <translation>%1 fusionado con %2 (fusión %3)</translation>
    </message>
    <message>
        <source>case %1 merged into %2 (merge %3)</source>
        <translation>caso %1 fusionado con %2 (fusión %3)</translation>
    </message>
    <message>
        <source>The merge of %1 into %2 was undone already.</source>
        <translation>La fusión de %1 con %2 ya se deshizo.</translation>
    </message>
    <message>
        <source>The review of the merge of %1 into %2 is closed: it can no longer be undone.</source>
        <translation>La revisión de la fusión de %1 con %2 está cerrada: ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 changed after the merge, so undoing it would lose that change. Nothing was undone. If the merge was wrong, correct the records by hand.</source>
        <translation>%1 cambió después de la fusión, así que deshacerla perdería ese cambio. No se deshizo nada. Si la fusión fue un error, corrija los registros a mano.</translation>
    </message>
    <message>
        <source>merge %1 undone: %2 is separate again</source>
        <translation>fusión %1 deshecha: %2 vuelve a estar aparte</translation>
    </message>
    <message>
        <source>review of merge %1 closed (%2 into %3)</source>
        <translation>revisión de la fusión %1 cerrada (%2 con %3)</translation>
    </message>
</context>
<context>
    <name>MergeState</name>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Protection monitoring</source>
        <translation>Monitoreo de protección</translation>
    </message>
    <message>
        <source>Short anonymous interviews with adults who agree, at a post: legal status, what happened to them on the way, their needs, intentions and the risks of going back. Every answer is a choice, so the rounds can be counted; no name is ever asked.</source>
        <translation>Entrevistas breves y anónimas con personas adultas que aceptan, en un punto de atención: situación migratoria, lo que les pasó en el camino, sus necesidades, intenciones y los riesgos de volver. Cada respuesta es una opción, para poder contar las rondas; nunca se pregunta un nombre.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nueva ronda…</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>Entrevistar…</translation>
    </message>
    <message>
        <source>No round yet: start one with “New round…”.</source>
        <translation>Aún no hay rondas: empiece una con «Nueva ronda…».</translation>
    </message>
</context>
<context>
    <name>MonitoringRepository</name>
    <message>
        <source>save the monitoring round</source>
        <translation>guardar la ronda de monitoreo</translation>
    </message>
    <message>
        <source>read the monitoring rounds</source>
        <translation>leer las rondas de monitoreo</translation>
    </message>
    <message>
        <source>The monitoring round no longer exists.</source>
        <translation>La ronda de monitoreo ya no existe.</translation>
    </message>
    <message>
        <source>save the interview</source>
        <translation>guardar la entrevista</translation>
    </message>
    <message>
        <source>read the interviews</source>
        <translation>leer las entrevistas</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>“%1” is not one of the answers offered.</source>
        <translation>«%1» no es una de las respuestas ofrecidas.</translation>
    </message>
    <message>
        <source>Choose the site where the round is held.</source>
        <translation>Elija la sede donde se hace la ronda.</translation>
    </message>
    <message>
        <source>Give the round a name, such as “Cúcuta, March 2026”.</source>
        <translation>Dé un nombre a la ronda, como «Cúcuta, marzo 2026».</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the day the round starts.</source>
        <translation>Indique el día en que empieza la ronda.</translation>
    </message>
    <message>
        <source>Enter the day the round ends.</source>
        <translation>Indique el día en que termina la ronda.</translation>
    </message>
    <message>
        <source>The round cannot end before the day it starts.</source>
        <translation>La ronda no puede terminar antes del día en que empieza.</translation>
    </message>
    <message>
        <source>Ask first whether the person agrees to the interview: without their consent nothing is recorded.</source>
        <translation>Pregunte primero si la persona acepta la entrevista: sin su consentimiento no se registra nada.</translation>
    </message>
    <message>
        <source>Enter the day of the interview.</source>
        <translation>Indique el día de la entrevista.</translation>
    </message>
    <message>
        <source>The day of the interview is in the future.</source>
        <translation>El día de la entrevista está en el futuro.</translation>
    </message>
    <message>
        <source>The interview must be held within the round, from %1 to %2.</source>
        <translation>La entrevista debe hacerse dentro de la ronda, del %1 al %2.</translation>
    </message>
    <message>
        <source>Monitoring interviews are held with adults only. A child&apos;s situation is recorded in a case, with the child&apos;s best interests in mind.</source>
        <translation>Las entrevistas de monitoreo se hacen solo con personas adultas. La situación de un niño, niña o adolescente se registra en un caso, atendiendo a su interés superior.</translation>
    </message>
    <message>
        <source>The household has from 1 to %1 persons.</source>
        <translation>El hogar tiene de 1 a %1 personas.</translation>
    </message>
    <message>
        <source>Choose the legal status (“Did not want to say” is an answer).</source>
        <translation>Elija la situación migratoria («No quiso decir» es una respuesta).</translation>
    </message>
    <message>
        <source>Choose what the person intends to do (“Did not want to say” is an answer).</source>
        <translation>Elija lo que la persona piensa hacer («No quiso decir» es una respuesta).</translation>
    </message>
    <message>
        <source>An interview can tell at most %1 incidents.</source>
        <translation>Una entrevista puede contar como máximo %1 incidentes.</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>Incidente %1: %2</translation>
    </message>
</context>
<context>
    <name>NameMatcher</name>
    <message>
        <source>names in different fields or order</source>
        <translation>nombres en otros campos u otro orden</translation>
    </message>
    <message>
        <source>family name equal</source>
        <translation>apellido igual</translation>
    </message>
    <message>
        <source>family name spelt differently</source>
        <translation>apellido escrito de otra forma</translation>
    </message>
    <message>
        <source>family name similar</source>
        <translation>apellido parecido</translation>
    </message>
    <message>
        <source>one family name missing on one side</source>
        <translation>falta un apellido en uno de los lados</translation>
    </message>
    <message>
        <source>family names in a different order</source>
        <translation>apellidos en otro orden</translation>
    </message>
    <message>
        <source>given name equal</source>
        <translation>nombre igual</translation>
    </message>
    <message>
        <source>given name spelt differently</source>
        <translation>nombre escrito de otra forma</translation>
    </message>
    <message>
        <source>given name similar</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>compound given name on one side</source>
        <translation>nombre compuesto en uno de los lados</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>el mismo nombre</translation>
    </message>
    <message>
        <source>a similar name (%1)</source>
        <translation>un nombre parecido (%1)</translation>
    </message>
</context>
<context>
    <name>NationalitiesEdit</name>
    <message>
        <source>Add a nationality</source>
        <translation>Agregar una nacionalidad</translation>
    </message>
    <message>
        <source>Remove this nationality</source>
        <translation>Quitar esta nacionalidad</translation>
    </message>
    <message>
        <source>Nationality %1</source>
        <translation>Nacionalidad %1</translation>
    </message>
</context>
<context>
    <name>NetworkCommand</name>
    <message>
        <source>counts for a network of organisations: send ours to the coordinator, or add up the organisations&apos; packages into the regional report (coordinators, administrators)</source>
        <translation>conteos para una red de organizaciones: enviar los nuestros a la coordinación, o sumar los paquetes de las organizaciones en el informe regional (coordinación, administradores)</translation>
    </message>
    <message>
        <source>send or report.</source>
        <translation>send o report.</translation>
    </message>
    <message>
        <source>report: the organisations&apos; counts packages.</source>
        <translation>report: los paquetes de conteos de las organizaciones.</translation>
    </message>
    <message>
        <source>send: a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>send: un mes (2026-03) o un trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>send: the coordinator, by its name in the directory of partner organisations.</source>
        <translation>send: la coordinación, por su nombre en el directorio de organizaciones aliadas.</translation>
    </message>
    <message>
        <source>report: pdf, xlsx or csv.</source>
        <translation>report: pdf, xlsx o csv.</translation>
    </message>
    <message>
        <source>report: es, pt_BR or en.</source>
        <translation>report: es, pt_BR o en.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>network needs an action: send or report.</source>
        <translation>network necesita una acción: send o report.</translation>
    </message>
    <message>
        <source>Say where to write it with --out FILE.</source>
        <translation>Indique dónde escribirlo con --out ARCHIVO.</translation>
    </message>
    <message>
        <source>send needs --period PERIOD and --to NAME.</source>
        <translation>send necesita --period PERÍODO y --to NOMBRE.</translation>
    </message>
    <message>
        <source>report needs the organisations&apos; counts packages.</source>
        <translation>report necesita los paquetes de conteos de las organizaciones.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format debe ser csv, xlsx o pdf.</translation>
    </message>
    <message>
        <source>--language must be es, pt_BR or en.</source>
        <translation>--language debe ser es, pt_BR o en.</translation>
    </message>
    <message>
        <source>Wrote %1: only %2 can open it.</source>
        <translation>Se escribió %1: solo %2 puede abrirlo.</translation>
    </message>
    <message>
        <source>No partner organisation called “%1” uses Amparo.</source>
        <translation>Ninguna organización aliada llamada «%1» usa Amparo.</translation>
    </message>
    <message>
        <source>Wrote %1: the counts of %2 added up.</source>
        <translation>Se escribió %1: los conteos de %2 sumados.</translation>
    </message>
</context>
<context>
    <name>NetworkCountsDialog</name>
    <message>
        <source>Counts for the network</source>
        <translation>Conteos para la red</translation>
    </message>
    <message>
        <source>An organisation of a network sends its coordinator the counts of its human rights documentation report for a month or a quarter: numbers per combination of codes (what happened, where, by whom, when), never a record, a name or a story. They are sent before any hiding, so the coordinator sees this organisation&apos;s own counts, small ones included; only the coordinator can open the package. The coordinator adds up the organisations&apos; counts and hides the small ones in the total, so what is published shows no organisation&apos;s own small numbers.</source>
        <translation>Una organización de una red envía a su coordinación los conteos de su informe de documentación de derechos humanos de un mes o un trimestre: números por combinación de códigos (qué pasó, dónde, quién lo hizo, cuándo), nunca un registro, un nombre ni un relato. Se envían antes de ocultar nada, así que la coordinación ve los conteos propios de esta organización, incluidos los pequeños; solo la coordinación puede abrir el paquete. La coordinación suma los conteos de las organizaciones y oculta los pequeños en el total, de modo que lo publicado no muestra las cifras pequeñas de ninguna organización.</translation>
    </message>
    <message>
        <source>Send our counts</source>
        <translation>Enviar nuestros conteos</translation>
    </message>
    <message>
        <source>A month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Un mes (2026-03) o un trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>Save the counts package…</source>
        <translation>Guardar el paquete de conteos…</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Mes o trimestre</translation>
    </message>
    <message>
        <source>To the coordinator</source>
        <translation>Para la coordinación</translation>
    </message>
    <message>
        <source>No partner that uses Amparo is in the directory: an administrator adds the coordinator, with its site card, under Administration → Partner organisations.</source>
        <translation>Ninguna organización aliada que use Amparo está en el directorio: un administrador agrega a la coordinación, con su tarjeta de sede, en Administración → Organizaciones aliadas.</translation>
    </message>
    <message>
        <source>Add up the network&apos;s counts</source>
        <translation>Sumar los conteos de la red</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Add a package…</source>
        <translation>Añadir un paquete…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save the regional report…</source>
        <translation>Guardar el informe regional…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Write a month as 2026-03 or a quarter as 2026-Q1.</source>
        <translation>Escriba un mes como 2026-03 o un trimestre como 2026-Q1.</translation>
    </message>
    <message>
        <source>Save the counts package</source>
        <translation>Guardar el paquete de conteos</translation>
    </message>
    <message>
        <source>counts-%1.amparo-counts</source>
        <translation>conteos-%1.amparo-counts</translation>
    </message>
    <message>
        <source>Amparo counts packages (*.amparo-counts)</source>
        <translation>Paquetes de conteos de Amparo (*.amparo-counts)</translation>
    </message>
    <message>
        <source>The counts of %1 were saved to %2. Only %3 can open the package: send it by any way.</source>
        <translation>Los conteos de %1 se guardaron en %2. Solo %3 puede abrir el paquete: envíelo por cualquier medio.</translation>
    </message>
    <message>
        <source>Add an organisation&apos;s counts package</source>
        <translation>Añadir el paquete de conteos de una organización</translation>
    </message>
    <message>
        <source>Added the counts of %1.</source>
        <translation>Se añadieron los conteos de %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Save the regional report</source>
        <translation>Guardar el informe regional</translation>
    </message>
    <message>
        <source>regional-report.%1</source>
        <translation>informe-regional.%1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The regional report of %n organisation(s) was saved to %1.</source>
        <translation>
            <numerusform>El informe regional de %n organización se guardó en %1.</numerusform>
            <numerusform>El informe regional de %n organizaciones se guardó en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Double-click a row to open its case.</source>
        <translation>Haga doble clic en una fila para abrir su caso.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profesional del caso</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>My overdue actions and follow-ups (%1)</source>
        <translation>Mis acciones y seguimientos vencidos (%1)</translation>
    </message>
    <message>
        <source>Overdue actions and follow-ups (%1)</source>
        <translation>Acciones y seguimientos vencidos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing in the case plans is overdue.</source>
        <translation>Nada de los planes de caso está vencido.</translation>
    </message>
    <message>
        <source>My cases with no next step (%1)</source>
        <translation>Mis casos sin próximo paso (%1)</translation>
    </message>
    <message>
        <source>Cases with no next step (%1)</source>
        <translation>Casos sin próximo paso (%1)</translation>
    </message>
    <message>
        <source>none since %1</source>
        <translation>ninguno desde el %1</translation>
    </message>
    <message>
        <source>Every open case has a next step.</source>
        <translation>Todo caso abierto tiene un próximo paso.</translation>
    </message>
    <message>
        <source>The %1 waiting longest are shown.</source>
        <translation>Se muestran los %1 que más llevan esperando.</translation>
    </message>
    <message>
        <source>The %1 longest overdue are shown.</source>
        <translation>Se muestran los %1 vencidos hace más tiempo.</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Formato de salida: %1.</translation>
    </message>
</context>
<context>
    <name>PackageApplier</name>
    <message>
        <source>apply the package</source>
        <translation>aplicar el paquete</translation>
    </message>
    <message>
        <source>The package from %1 could not be read: it may come from a newer Amparo. Nothing of it was applied.</source>
        <translation>No se pudo leer el paquete de %1: puede venir de una versión más nueva de Amparo. No se aplicó nada de él.</translation>
    </message>
    <message>
        <source>The package from %1 refers to a record (%2) this database does not have, so nothing of it was applied. Apply the packages before it first.</source>
        <translation>El paquete de %1 se refiere a un registro (%2) que esta base de datos no tiene, así que no se aplicó nada de él. Aplique primero los paquetes anteriores.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>A package cannot be made with these sites.</source>
        <translation>No se puede hacer un paquete con estas sedes.</translation>
    </message>
    <message>
        <source>The keys of site %1 cannot be used to send it a package.</source>
        <translation>Las claves de la sede %1 no sirven para enviarle un paquete.</translation>
    </message>
    <message>
        <source>The package could not be signed.</source>
        <translation>No se pudo firmar el paquete.</translation>
    </message>
    <message>
        <source>This package was changed or cut short on the way; nothing of it was applied. Ask the sender for it again.</source>
        <translation>Este paquete se modificó o quedó incompleto en el camino; no se aplicó nada de él. Pida a quien lo envió que lo mande de nuevo.</translation>
    </message>
    <message>
        <source>This file is not an Amparo package.</source>
        <translation>Este archivo no es un paquete de Amparo.</translation>
    </message>
    <message>
        <source>This package is for site %1, not for this one (%2).</source>
        <translation>Este paquete es para la sede %1, no para esta (%2).</translation>
    </message>
    <message>
        <source>This package comes from site %1, which this database does not know. An administrator must register that site&apos;s card first.</source>
        <translation>Este paquete viene de la sede %1, que esta base de datos no conoce. Una persona administradora debe registrar primero la tarjeta de esa sede.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>make the package</source>
        <translation>hacer el paquete</translation>
    </message>
    <message>
        <source>A record (%1 %2) has no global identifier; the package was not made.</source>
        <translation>Un registro (%1 %2) no tiene identificador global; no se hizo el paquete.</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message numerus="yes">
        <source>about %n years</source>
        <translation>
            <numerusform>unos %n años</numerusform>
            <numerusform>unos %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>PartnerPackages</name>
    <message>
        <source>This database&apos;s keys could not be read (%1). On an office server, an administrator seals and opens packages for partner organisations.</source>
        <translation>No se pudieron leer las claves de esta base de datos (%1). En un servidor de oficina, un administrador cifra y abre los paquetes para organizaciones aliadas.</translation>
    </message>
    <message>
        <source>This database has no keys of its own yet: an administrator makes it a site under Administration → Field posts and office (its card is what partners register).</source>
        <translation>Esta base de datos todavía no tiene claves propias: un administrador la convierte en sede en Administración → Puestos de campo y oficina (su tarjeta es lo que registran las organizaciones aliadas).</translation>
    </message>
    <message>
        <source>%1 does not use Amparo (no site card in the directory).</source>
        <translation>%1 no usa Amparo (no tiene tarjeta de sede en el directorio).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 no se pudo leer: %2</translation>
    </message>
    <message>
        <source>%1 is far larger than any such package.</source>
        <translation>%1 es mucho más grande que cualquier paquete de ese tipo.</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>save the partner organisation</source>
        <translation>guardar la organización aliada</translation>
    </message>
    <message>
        <source>The partner organisation no longer exists.</source>
        <translation>La organización aliada ya no existe.</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Ingrese el nombre de la organización.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>El nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one service it offers.</source>
        <translation>Elija al menos un servicio que ofrezca.</translation>
    </message>
    <message>
        <source>“%1” is not a service of the referral form.</source>
        <translation>«%1» no es un servicio del formulario de remisión.</translation>
    </message>
    <message>
        <source>Choose the language of its referral forms: Spanish, Portuguese or English.</source>
        <translation>Elija el idioma de sus formularios de remisión: español, portugués o inglés.</translation>
    </message>
    <message>
        <source>The areas served can have at most %1 characters.</source>
        <translation>Las zonas atendidas pueden tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The contact can have at most %1 characters.</source>
        <translation>El contacto puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is already in the directory.</source>
        <translation>«%1» ya está en el directorio.</translation>
    </message>
    <message>
        <source>The sheet has no organisation in it.</source>
        <translation>La hoja no contiene ninguna organización.</translation>
    </message>
    <message>
        <source>“%1” is in the sheet twice.</source>
        <translation>«%1» está dos veces en la hoja.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the sheet and import it again.
%1</source>
        <translation>No se importó nada; corrija la hoja e impórtela de nuevo.
%1</translation>
    </message>
    <message>
        <source>The agreement&apos;s reference can have at most %1 characters.</source>
        <translation>La referencia del acuerdo puede tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>PartnerSheet</name>
    <message>
        <source>The sheet has more than %1 rows: it is not a directory of organisations.</source>
        <translation>La hoja tiene más de %1 filas: no es un directorio de organizaciones.</translation>
    </message>
    <message>
        <source>The sheet needs a column for the organisation&apos;s name and one for its services (for example “Name” and “Services”, “Nombre” and “Servicios”).</source>
        <translation>La hoja necesita una columna para el nombre de la organización y otra para sus servicios (por ejemplo «Nombre» y «Servicios»).</translation>
    </message>
    <message>
        <source>Services not on the referral form: %1.</source>
        <translation>Servicios que no están en el formulario de remisión: %1.</translation>
    </message>
    <message>
        <source>“%1” is not Spanish, Portuguese or English.</source>
        <translation>«%1» no es español, portugués ni inglés.</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Organizaciones aliadas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Uses Amparo</source>
        <translation>Usa Amparo</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>En el directorio</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Servicios que ofrece</translation>
    </message>
    <message>
        <source>towns, departments or sites it serves</source>
        <translation>ciudades, departamentos o sedes que atiende</translation>
    </message>
    <message>
        <source>a person, phone or e-mail for referrals</source>
        <translation>una persona, teléfono o correo para remisiones</translation>
    </message>
    <message>
        <source>Load its site card…</source>
        <translation>Cargar su tarjeta de sede…</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Quitar la tarjeta</translation>
    </message>
    <message>
        <source>In the directory (untick to stop new referrals to it)</source>
        <translation>En el directorio (desmarque para no hacerle nuevas remisiones)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Areas served</source>
        <translation>Zonas atendidas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Language of its forms</source>
        <translation>Idioma de sus formularios</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Guardar organización</translation>
    </message>
    <message>
        <source>The organisations persons are referred to or come from. A referral form is written in the organisation&apos;s language; to one that uses Amparo, a referral can also travel as an encrypted package sealed for its site card.</source>
        <translation>Las organizaciones a las que se remite a las personas o de las que llegan. El formulario de remisión se escribe en el idioma de la organización; a una que usa Amparo, la remisión también puede viajar como un paquete cifrado para su tarjeta de sede.</translation>
    </message>
    <message>
        <source>The partner&apos;s site card</source>
        <translation>La tarjeta de sede de la organización</translation>
    </message>
    <message>
        <source>Site cards (*.card *.txt);;All files (*)</source>
        <translation>Tarjetas de sede (*.card *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No: its referrals go on paper or PDF.</source>
        <translation>No: sus remisiones van en papel o PDF.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Yes: site %1, fingerprint %2</source>
        <translation>Sí: sede %1, huella %2</translation>
    </message>
    <message>
        <source>Yes: site %1, fingerprint %2 — read it to the organisation to be sure the card was not swapped on the way.</source>
        <translation>Sí: sede %1, huella %2 — léala con la organización para asegurarse de que la tarjeta no fue cambiada en el camino.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importar de una hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import partner organisations</source>
        <translation>Importar organizaciones aliadas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n organización agregada, %1 actualizadas.</numerusform>
            <numerusform>%n organizaciones agregadas, %1 actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>its title, number or date; empty if none was signed</source>
        <translation>su título, número o fecha; vacío si no se firmó ninguno</translation>
    </message>
    <message>
        <source>Data-sharing agreement</source>
        <translation>Acuerdo de intercambio de datos</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet with a column for the name and one for the services; areas, contact, language and agreement if you have them.</source>
        <translation>Una hoja CSV o Excel con una columna para el nombre y otra para los servicios; zonas, contacto, idioma y acuerdo si los tiene.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>A passphrase needs at least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>Una frase de contraseña necesita al menos %1 caracteres. Varias palabras son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>A passphrase can have at most %1 characters.</source>
        <translation>Una frase de contraseña puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters.</source>
        <translation>La frase de contraseña tiene muy pocos caracteres distintos.</translation>
    </message>
    <message>
        <source>The passphrase must not contain the user name.</source>
        <translation>La frase de contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>This passphrase is one of the first that attackers try. Choose another.</source>
        <translation>Esta frase de contraseña es de las primeras que prueban los atacantes. Elija otra.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>see the list of cases</source>
        <translation>ver la lista de casos</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>abrir un caso</translation>
    </message>
    <message>
        <source>see exact dates of birth</source>
        <translation>ver fechas de nacimiento exactas</translation>
    </message>
    <message>
        <source>see identity documents and contact details</source>
        <translation>ver documentos de identidad y datos de contacto</translation>
    </message>
    <message>
        <source>read case notes</source>
        <translation>leer las notas de los casos</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>registrar casos</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>modificar casos</translation>
    </message>
    <message>
        <source>manage sites</source>
        <translation>gestionar sedes</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>hacer copias de seguridad</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>restaurar copias de seguridad</translation>
    </message>
    <message>
        <source>see statistics</source>
        <translation>ver estadísticas</translation>
    </message>
    <message>
        <source>see risk screenings</source>
        <translation>ver las evaluaciones de riesgo</translation>
    </message>
    <message>
        <source>screen for risk</source>
        <translation>evaluar el riesgo</translation>
    </message>
    <message>
        <source>see legal procedures and deadlines</source>
        <translation>ver trámites legales y plazos</translation>
    </message>
    <message>
        <source>follow legal procedures</source>
        <translation>dar seguimiento a trámites legales</translation>
    </message>
    <message>
        <source>look for relatives and register tracing requests</source>
        <translation>buscar familiares y registrar solicitudes de búsqueda</translation>
    </message>
    <message>
        <source>review matches of unaccompanied and separated children</source>
        <translation>revisar coincidencias de niños, niñas y adolescentes no acompañados y separados</translation>
    </message>
    <message>
        <source>import cases from spreadsheets</source>
        <translation>importar casos desde hojas de cálculo</translation>
    </message>
    <message>
        <source>change the smallest count statistics show</source>
        <translation>cambiar el conteo más pequeño que muestran las estadísticas</translation>
    </message>
    <message>
        <source>add or remove invented people</source>
        <translation>añadir o quitar personas inventadas</translation>
    </message>
    <message>
        <source>merge duplicate persons and cases</source>
        <translation>fusionar personas y casos duplicados</translation>
    </message>
    <message>
        <source>refer persons to partner organisations</source>
        <translation>remitir personas a organizaciones aliadas</translation>
    </message>
    <message>
        <source>keep the directory of partner organisations</source>
        <translation>mantener el directorio de organizaciones aliadas</translation>
    </message>
    <message>
        <source>keep case plans</source>
        <translation>llevar planes de caso</translation>
    </message>
    <message>
        <source>answer people&apos;s requests to see, correct or erase their data</source>
        <translation>responder solicitudes de personas para ver, corregir o suprimir sus datos</translation>
    </message>
    <message>
        <source>record and read what happened to the persons of a case</source>
        <translation>registrar y leer lo que les pasó a las personas de un caso</translation>
    </message>
    <message>
        <source>run protection-monitoring interviews</source>
        <translation>hacer entrevistas de monitoreo de protección</translation>
    </message>
    <message>
        <source>send counts to the network&apos;s coordinator and add up the counts of a network</source>
        <translation>enviar conteos a la coordinación de la red y sumar los conteos de una red</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>answer a person&apos;s request to see, correct or erase their data or to withdraw a consent; list the register of requests (administrators)</source>
        <translation>responder la solicitud de una persona de ver, corregir o suprimir sus datos o de retirar un consentimiento; listar el registro de solicitudes (administradores)</translation>
    </message>
    <message>
        <source>CASE:N, the N-th member of a case as show lists them (1 is the principal); decide: the request&apos;s number.</source>
        <translation>CASO:N, el N-ésimo miembro de un caso tal como los lista show (1 es el titular); decide: el número de la solicitud.</translation>
    </message>
    <message>
        <source>When the request was received (default: today).</source>
        <translation>Cuándo se recibió la solicitud (por omisión: hoy).</translation>
    </message>
    <message>
        <source>How the person&apos;s identity was checked.</source>
        <translation>Cómo se comprobó la identidad de la persona.</translation>
    </message>
    <message>
        <source>access: the PDF to write.</source>
        <translation>access: el PDF que se escribe.</translation>
    </message>
    <message>
        <source>access: es, pt_BR or en (the person&apos;s language).</source>
        <translation>access: es, pt_BR o en (el idioma de la persona).</translation>
    </message>
    <message>
        <source>erase: no_longer_necessary, consent_withdrawn, objection_upheld or unlawful_processing.</source>
        <translation>erase: no_longer_necessary, consent_withdrawn, objection_upheld o unlawful_processing.</translation>
    </message>
    <message>
        <source>erase: yes, erase; it cannot be undone.</source>
        <translation>erase: sí, suprimir; no se puede deshacer.</translation>
    </message>
    <message>
        <source>refuse-erasure: why (for example, a legal hold).</source>
        <translation>refuse-erasure: por qué (por ejemplo, una conservación legal).</translation>
    </message>
    <message>
        <source>withdraw-consent: registration, referral, tracing, comma-separated.</source>
        <translation>withdraw-consent: registration, referral, tracing, separados por comas.</translation>
    </message>
    <message>
        <source>correct: what the person says is wrong.</source>
        <translation>correct: lo que la persona dice que está mal.</translation>
    </message>
    <message>
        <source>decide: granted, partly_granted or refused.</source>
        <translation>decide: granted, partly_granted o refused.</translation>
    </message>
    <message>
        <source>decide: what was changed, or why not.</source>
        <translation>decide: qué se cambió, o por qué no.</translation>
    </message>
    <message>
        <source>“%1” is not a request&apos;s number (person requests lists them).</source>
        <translation>«%1» no es el número de una solicitud (person requests las lista).</translation>
    </message>
    <message>
        <source>--decision must be granted, partly_granted or refused.</source>
        <translation>--decision debe ser granted, partly_granted o refused.</translation>
    </message>
    <message>
        <source>Request %1 answered.</source>
        <translation>Solicitud %1 respondida.</translation>
    </message>
    <message>
        <source>person needs an action: %1.</source>
        <translation>person necesita una acción: %1.</translation>
    </message>
    <message>
        <source>person requests takes nothing more.</source>
        <translation>person requests no lleva nada más.</translation>
    </message>
    <message>
        <source>person %1 needs the person (CASE:N).</source>
        <translation>person %1 necesita la persona (CASO:N).</translation>
    </message>
    <message>
        <source>--received must be a date such as 2026-06-14.</source>
        <translation>--received debe ser una fecha como 2026-06-14.</translation>
    </message>
    <message>
        <source>person access needs --out FILE and --language es, pt_BR or en.</source>
        <translation>person access necesita --out ARCHIVO y --language es, pt_BR o en.</translation>
    </message>
    <message>
        <source>--ground must be no_longer_necessary, consent_withdrawn, objection_upheld or unlawful_processing.</source>
        <translation>--ground debe ser no_longer_necessary, consent_withdrawn, objection_upheld o unlawful_processing.</translation>
    </message>
    <message>
        <source>An erasure cannot be undone: add --yes to erase.</source>
        <translation>Una supresión no se puede deshacer: añada --yes para suprimir.</translation>
    </message>
    <message>
        <source>Wrote %1; the request is in the register.</source>
        <translation>Se escribió %1; la solicitud está en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries emptied.</source>
        <translation>
            <numerusform>%n entrada de auditoría vaciada.</numerusform>
            <numerusform>%n entradas de auditoría vaciadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the database open: its log is emptied when the last one closes it.</source>
        <translation>Otro programa tiene la base de datos abierta: su registro de escritura se vacía cuando el último la cierre.</translation>
    </message>
    <message>
        <source>Entered in the register as request %1.</source>
        <translation>Anotada en el registro como solicitud %1.</translation>
    </message>
</context>
<context>
    <name>PersonDataReport</name>
    <message>
        <source>What Amparo holds about this person</source>
        <translation>Lo que Amparo guarda sobre esta persona</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Where the person is</source>
        <translation>Dónde está la persona</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código del caso</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Place in the family group</source>
        <translation>Lugar en el grupo familiar</translation>
    </message>
    <message>
        <source>Other members (by relationship to the principal)</source>
        <translation>Otros miembros (por parentesco con el titular)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profesional del caso</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral to other organisations</source>
        <translation>remisión a otras organizaciones</translation>
    </message>
    <message>
        <source>family tracing</source>
        <translation>búsqueda de familiares</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>none in force (recorded on %1)</source>
        <translation>ninguno vigente (registrado el %1)</translation>
    </message>
    <message>
        <source>%1 (recorded on %2)</source>
        <translation>%1 (registrado el %2)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <source>Read these notes before handing this over: they are about the family and may speak of other members.</source>
        <translation>Lea estas notas antes de entregar este documento: tratan de la familia y pueden hablar de otros miembros.</translation>
    </message>
    <message>
        <source>Risk screenings and specific needs</source>
        <translation>Evaluaciones de riesgo y necesidades específicas</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Evaluada el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Valoración general</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, desde el %1</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, del %1 al %2</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necesidades específicas</translation>
    </message>
    <message>
        <source>Legal procedures and deadlines</source>
        <translation>Procedimientos jurídicos y plazos</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source> (done %1)</source>
        <translation> (cumplido el %1)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Referrals to other organisations</source>
        <translation>Remisiones a otras organizaciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Información compartida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>The person is looking for</source>
        <translation>La persona busca a</translation>
    </message>
    <message>
        <source>The person was found by</source>
        <translation>La persona fue encontrada por</translation>
    </message>
    <message>
        <source>a relative&apos;s request</source>
        <translation>la solicitud de un familiar</translation>
    </message>
    <message>
        <source>Requests about these data</source>
        <translation>Solicitudes sobre estos datos</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Prepared on %1 by %2, at the person&apos;s request. It holds everything recorded about the person; other people&apos;s details are left out.</source>
        <translation>Preparado el %1 por %2, a petición de la persona. Contiene todo lo registrado sobre la persona; los datos de otras personas quedan fuera.</translation>
    </message>
    <message>
        <source>What the person told happened to them</source>
        <translation>Lo que la persona contó que le pasó</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Denuncia</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>Lo que hizo el Estado</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>En sus palabras</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>give the case to its next member</source>
        <translation>pasar el caso a su siguiente miembro</translation>
    </message>
    <message>
        <source>The case has no other member.</source>
        <translation>El caso no tiene otro miembro.</translation>
    </message>
    <message>
        <source>erase the person</source>
        <translation>suprimir a la persona</translation>
    </message>
    <message>
        <source>(erasure)</source>
        <translation>(supresión)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>all given names, e.g. María José</source>
        <translation>todos los nombres, p. ej. María José</translation>
    </message>
    <message>
        <source>aliases or other spellings, separated by commas</source>
        <translation>alias u otras grafías, separados por comas</translation>
    </message>
    <message>
        <source>Given names *</source>
        <translation>Nombres *</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Contact and current location</source>
        <translation>Contacto y ubicación actual</translation>
    </message>
    <message>
        <source>+57 310 555 0101</source>
        <translation>+57 310 555 0101</translation>
    </message>
    <message>
        <source>town, neighbourhood or shelter</source>
        <translation>ciudad, barrio o albergue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department / state</source>
        <translation>Departamento / estado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
</context>
<context>
    <name>PersonMerger</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Where they are now</source>
        <translation>Dónde está ahora</translation>
    </message>
    <message>
        <source>Has no identity document at all</source>
        <translation>No tiene ningún documento de identidad</translation>
    </message>
    <message>
        <source>merge the records of %1</source>
        <translation>fusionar los registros de %1</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>save the person %1</source>
        <translation>guardar a la persona %1</translation>
    </message>
    <message>
        <source>The person %1 no longer exists; someone may have removed them.</source>
        <translation>La persona %1 ya no existe; puede que alguien la haya eliminado.</translation>
    </message>
    <message>
        <source>save the details of %1</source>
        <translation>guardar los datos de %1</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>La persona ya no existe.</translation>
    </message>
    <message>
        <source>remove the person</source>
        <translation>eliminar a la persona</translation>
    </message>
</context>
<context>
    <name>PersonSearchIndex</name>
    <message>
        <source>update the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Enter the person&apos;s given name.</source>
        <translation>Ingrese el nombre de la persona.</translation>
    </message>
    <message>
        <source>At most %1 other names can be recorded.</source>
        <translation>Se pueden registrar como máximo %1 otros nombres.</translation>
    </message>
    <message>
        <source>An other name is empty.</source>
        <translation>Uno de los otros nombres está vacío.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Un nombre puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be part of a name.</source>
        <translation>El nombre contiene caracteres que no pueden formar parte de un nombre.</translation>
    </message>
    <message>
        <source>This date of birth does not exist.</source>
        <translation>Esta fecha de nacimiento no existe.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth is before %1; check the year.</source>
        <translation>La fecha de nacimiento es anterior a %1; revise el año.</translation>
    </message>
    <message>
        <source>“%1” is not a known country code. Use a three-letter ISO code such as VEN or COL.</source>
        <translation>«%1» no es un código de país conocido. Use un código ISO de tres letras como VEN o COL.</translation>
    </message>
    <message>
        <source>The nationality %1 is listed twice.</source>
        <translation>La nacionalidad %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The person is marked as having no document, but documents are listed. Remove the documents or clear “no document”.</source>
        <translation>La persona está marcada como sin documento, pero hay documentos en la lista. Quite los documentos o desmarque «sin documento».</translation>
    </message>
    <message>
        <source>A document number can have at most %1 characters.</source>
        <translation>Un número de documento puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Ingrese el número del documento.</translation>
    </message>
    <message>
        <source>Choose the country that issued the document.</source>
        <translation>Elija el país que emitió el documento.</translation>
    </message>
    <message>
        <source>The document %1 is listed twice.</source>
        <translation>El documento %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + - ( ) (at most %1 characters).</source>
        <translation>Un número de teléfono solo puede contener dígitos, espacios y + - ( ) (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>“%1” is not a known country code.</source>
        <translation>«%1» no es un código de país conocido.</translation>
    </message>
    <message>
        <source>Choose a department, state or province of the chosen country.</source>
        <translation>Elija un departamento, estado o provincia del país elegido.</translation>
    </message>
    <message>
        <source>The place can have at most %1 characters, without control characters.</source>
        <translation>El lugar puede tener como máximo %1 caracteres, sin caracteres de control.</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <source>Change the follow-up</source>
        <translation>Cambiar el seguimiento</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>Cambiar la acción</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Agregar una acción</translation>
    </message>
    <message>
        <source>what the follow-up is for</source>
        <translation>para qué es el seguimiento</translation>
    </message>
    <message>
        <source>what must be done</source>
        <translation>qué hay que hacer</translation>
    </message>
    <message>
        <source>(no goal in particular)</source>
        <translation>(ningún objetivo en particular)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Planificar seguimiento</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <source>What came of the follow-up (required).</source>
        <translation>Qué resultó del seguimiento (obligatorio).</translation>
    </message>
    <message>
        <source>What came of it.</source>
        <translation>Qué resultó.</translation>
    </message>
    <message>
        <source>Why it is cancelled (required).</source>
        <translation>Por qué se cancela (obligatorio).</translation>
    </message>
    <message>
        <source>Anything the next person to take it up should know.</source>
        <translation>Lo que deba saber la próxima persona que lo retome.</translation>
    </message>
</context>
<context>
    <name>PlanStepKind</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>PlanStepStatus</name>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>PopulationGenerator</name>
    <message>
        <source>Generate between 1 and 5,000,000 persons.</source>
        <translation>Genere entre 1 y 5.000.000 de personas.</translation>
    </message>
    <message>
        <source>This database already holds cases. Synthetic people are only generated into a new, empty database, never next to real ones.</source>
        <translation>Esta base de datos ya contiene casos. Las personas sintéticas solo se generan en una base de datos nueva y vacía, nunca junto a personas reales.</translation>
    </message>
    <message>
        <source>Generation stopped after %1 persons.</source>
        <translation>La generación se detuvo después de %1 personas.</translation>
    </message>
    <message>
        <source>The site to generate at does not exist.</source>
        <translation>La sede donde generar no existe.</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesDialog</name>
    <message>
        <source>&amp;Open that case</source>
        <translation>&amp;Abrir ese caso</translation>
    </message>
    <message>
        <source>&amp;Add that person to this family instead</source>
        <translation>A&amp;gregar esa persona a esta familia en su lugar</translation>
    </message>
    <message>
        <source>Register a &amp;new person</source>
        <translation>Registrar una persona &amp;nueva</translation>
    </message>
    <message>
        <source>Registered already?</source>
        <translation>¿Ya registrada?</translation>
    </message>
    <message>
        <source>Before &lt;b&gt;%1&lt;/b&gt; is registered: these registered persons may be the same. One person registered twice splits a family&apos;s history and hides them from those looking for them.</source>
        <translation>Antes de registrar a &lt;b&gt;%1&lt;/b&gt;: estas personas registradas podrían ser la misma. Una persona registrada dos veces divide la historia de una familia y la oculta a quienes la buscan.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>sin caso</translation>
    </message>
    <message>
        <source>Why this is someone else (kept in the audit trail)</source>
        <translation>Por qué es otra persona (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesListDialog</name>
    <message>
        <source>Open the &amp;first case</source>
        <translation>Abrir el &amp;primer caso</translation>
    </message>
    <message>
        <source>Open the &amp;second case</source>
        <translation>Abrir el &amp;segundo caso</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>First case</source>
        <translation>Primer caso</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Primera persona</translation>
    </message>
    <message>
        <source>Second case</source>
        <translation>Segundo caso</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Segunda persona</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation>No se encontraron posibles duplicados.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons who may be one.</source>
        <translation>
            <numerusform>%n par de personas que podrían ser una.</numerusform>
            <numerusform>%n pares de personas que podrían ser una.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge the two persons…</source>
        <translation>&amp;Fusionar las dos personas…</translation>
    </message>
    <message>
        <source>Merge the two &amp;cases…</source>
        <translation>Fusionar los dos &amp;casos…</translation>
    </message>
    <message>
        <source>Persons who may be registered twice, in the whole database: the same document number, the same phone number in two families, or a very similar name with a compatible birth. Strongest first. Open both cases to decide; legal staff and administrators can merge the two.</source>
        <translation>Personas que podrían estar registradas dos veces, en toda la base de datos: el mismo número de documento, el mismo teléfono en dos familias, o un nombre muy parecido con un nacimiento compatible. Primero las más probables. Abra ambos casos para decidir; el personal jurídico y los administradores pueden fusionar los dos.</translation>
    </message>
    <message>
        <source>%1 was merged into %2. Until someone closes its review, the merge can be undone under Administration → Merges to review.</source>
        <translation>%1 se fusionó con %2. Hasta que alguien cierre su revisión, la fusión se puede deshacer en Administración → Fusiones por revisar.</translation>
    </message>
</context>
<context>
    <name>ProcedureCatalogue</name>
    <message>
        <source>The procedure types file cannot be used: %1</source>
        <translation>No se puede usar el archivo de tipos de trámite: %1</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>no tiene &quot;version&quot;.</translation>
    </message>
    <message>
        <source>the procedure type “%1” has a bad or repeated code or no English name.</source>
        <translation>el tipo de trámite «%1» tiene un código incorrecto o repetido, o no tiene nombre en inglés.</translation>
    </message>
    <message>
        <source>the procedure type “%1” names the unknown country “%2”.</source>
        <translation>el tipo de trámite «%1» indica el país desconocido «%2».</translation>
    </message>
    <message>
        <source>a stage of “%1” has a bad or repeated code or no English label.</source>
        <translation>una etapa de «%1» tiene un código incorrecto o repetido, o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>the procedure type “%1” has no stages.</source>
        <translation>el tipo de trámite «%1» no tiene etapas.</translation>
    </message>
    <message>
        <source>an event of “%1” has a bad or repeated code or no English label.</source>
        <translation>un evento de «%1» tiene un código incorrecto o repetido, o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>the event “%1” of “%2” moves to the unknown stage “%3”.</source>
        <translation>el evento «%1» de «%2» pasa a la etapa desconocida «%3».</translation>
    </message>
    <message>
        <source>the event “%1” of “%2” has the unknown outcome “%3”.</source>
        <translation>el evento «%1» de «%2» tiene el resultado desconocido «%3».</translation>
    </message>
    <message>
        <source>the document of event “%1” of “%2” needs a label and a validity.</source>
        <translation>el documento del evento «%1» de «%2» necesita una etiqueta y una vigencia.</translation>
    </message>
    <message>
        <source>the renewal of event “%1” of “%2” needs a label and a number of days.</source>
        <translation>la renovación del evento «%1» de «%2» necesita una etiqueta y un número de días.</translation>
    </message>
    <message>
        <source>a deadline of event “%1” of “%2” needs a label, 0 to 3650 days and &quot;working&quot; or &quot;calendar&quot; days.</source>
        <translation>un plazo del evento «%1» de «%2» necesita una etiqueta, de 0 a 3650 días y días &quot;working&quot; o &quot;calendar&quot;.</translation>
    </message>
    <message>
        <source>the procedure type “%1” has no events.</source>
        <translation>el tipo de trámite «%1» no tiene eventos.</translation>
    </message>
    <message>
        <source>it has no procedure types.</source>
        <translation>no tiene tipos de trámite.</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Negado</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Desistido</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Open a procedure</source>
        <translation>Abrir un trámite</translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation>Datos del trámite</translation>
    </message>
    <message>
        <source>One stage per line, in order</source>
        <translation>Una etapa por línea, en orden</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Open procedure</source>
        <translation>Abrir trámite</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&lt;small&gt;About this procedure: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Sobre este trámite: %1&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ProcedureRepository</name>
    <message>
        <source>save the procedure</source>
        <translation>guardar el trámite</translation>
    </message>
    <message>
        <source>The procedure was changed by someone else after you opened it. Close the case and open it again to see the changes.</source>
        <translation>Otra persona modificó el trámite después de que usted lo abrió. Cierre el caso y ábralo de nuevo para ver los cambios.</translation>
    </message>
    <message>
        <source>The procedure no longer exists.</source>
        <translation>El trámite ya no existe.</translation>
    </message>
    <message>
        <source>save the event</source>
        <translation>guardar el evento</translation>
    </message>
</context>
<context>
    <name>ProcedureRules</name>
    <message>
        <source>Choose the kind of procedure.</source>
        <translation>Elija el tipo de trámite.</translation>
    </message>
    <message>
        <source>Choose the country of the procedure.</source>
        <translation>Elija el país del trámite.</translation>
    </message>
    <message>
        <source>This procedure exists only in %1.</source>
        <translation>Este trámite solo existe en %1.</translation>
    </message>
    <message>
        <source>The authority can have at most 200 characters.</source>
        <translation>La autoridad puede tener como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The file number can have at most 100 characters.</source>
        <translation>El número de expediente puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Say who is responsible for the procedure.</source>
        <translation>Indique quién es responsable del trámite.</translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation>El nombre puede tener como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date the procedure started.</source>
        <translation>Escriba la fecha de inicio del trámite.</translation>
    </message>
    <message>
        <source>The procedure cannot start in the future.</source>
        <translation>El trámite no puede empezar en el futuro.</translation>
    </message>
    <message>
        <source>Choose the members the procedure concerns.</source>
        <translation>Elija los miembros a los que se refiere el trámite.</translation>
    </message>
    <message>
        <source>Someone chosen is not a member of this case.</source>
        <translation>Una de las personas elegidas no es miembro de este caso.</translation>
    </message>
    <message>
        <source>Name the stages of this procedure, one per line.</source>
        <translation>Escriba las etapas de este trámite, una por línea.</translation>
    </message>
    <message>
        <source>Each stage needs a different name.</source>
        <translation>Cada etapa necesita un nombre distinto.</translation>
    </message>
    <message>
        <source>A stage name can have at most 100 characters.</source>
        <translation>El nombre de una etapa puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Choose what happened from the list.</source>
        <translation>Elija en la lista lo que ocurrió.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Escriba la fecha del evento.</translation>
    </message>
    <message>
        <source>The event cannot be before the procedure started (%1).</source>
        <translation>El evento no puede ser anterior al inicio del trámite (%1).</translation>
    </message>
    <message>
        <source>This event cannot be in the future.</source>
        <translation>Este evento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The date is too far ahead.</source>
        <translation>La fecha está demasiado lejos.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>La nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a stage of this procedure.</source>
        <translation>«%1» no es una etapa de este trámite.</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>%1 vence</translation>
    </message>
</context>
<context>
    <name>ProcedureService</name>
    <message>
        <source>%1 expires</source>
        <translation>%1 vence</translation>
    </message>
</context>
<context>
    <name>ProcedureSummary</name>
    <message>
        <source>Summary of your procedure</source>
        <translation>Resumen de su trámite</translation>
    </message>
    <message>
        <source>Case %1 · printed on %2</source>
        <translation>Caso %1 · impreso el %2</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Your lawyer or caseworker</source>
        <translation>Su abogada/o o persona de referencia</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>Etapa actual</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Próximas fechas</translation>
    </message>
    <message>
        <source>No date is pending at the moment.</source>
        <translation>Por ahora no hay fechas pendientes.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>What has happened</source>
        <translation>Lo que ha ocurrido</translation>
    </message>
    <message>
        <source>Keep this sheet with your documents and bring it to every appointment. If a date is near and you have not heard from us, contact %1.</source>
        <translation>Guarde esta hoja con sus documentos y tráigala a cada cita. Si se acerca una fecha y no ha sabido de nosotros, contacte a %1.</translation>
    </message>
    <message>
        <source>the legal team</source>
        <translation>el equipo legal</translation>
    </message>
</context>
<context>
    <name>ProceduresPanel</name>
    <message>
        <source>Procedures</source>
        <translation>Trámites</translation>
    </message>
    <message>
        <source>Open a procedure…</source>
        <translation>Abrir un trámite…</translation>
    </message>
    <message>
        <source>Conflict check…</source>
        <translation>Verificación de conflictos…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <source>No procedure yet. Open one to follow its stages and deadlines.</source>
        <translation>Aún no hay trámites. Abra uno para seguir sus etapas y plazos.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>Etapa después</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Record what happened…</source>
        <translation>Registrar lo ocurrido…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Datos…</translation>
    </message>
    <message>
        <source>Summary for the person (PDF)…</source>
        <translation>Resumen para la persona (PDF)…</translation>
    </message>
    <message>
        <source>A one-page summary in Spanish; the arrow offers other languages.</source>
        <translation>Un resumen de una página en español; la flecha ofrece otros idiomas.</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>En español</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>En portugués</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
    <message>
        <source>Deadlines of this case</source>
        <translation>Plazos de este caso</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
    <message>
        <source>No conflict check recorded yet.</source>
        <translation>Aún no hay verificación de conflictos registrada.</translation>
    </message>
    <message>
        <source>Conflict check of %1: %2</source>
        <translation>Verificación de conflictos del %1: %2</translation>
    </message>
    <message>
        <source>Open a procedure</source>
        <translation>Abrir un trámite</translation>
    </message>
    <message>
        <source>No conflict check is recorded on this case. Run one before opening the procedure?</source>
        <translation>Este caso no tiene ninguna verificación de conflictos registrada. ¿Hacer una antes de abrir el trámite?</translation>
    </message>
    <message>
        <source>Choose a procedure first.</source>
        <translation>Primero elija un trámite.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The summary was saved to %1. It contains personal data: hand it to the person and do not leave copies around.</source>
        <translation>El resumen se guardó en %1. Contiene datos personales: entrégueselo a la persona y no deje copias a la vista.</translation>
    </message>
</context>
<context>
    <name>RecordOwnership</name>
    <message>
        <source>find which site the record belongs to</source>
        <translation>averiguar a qué sede pertenece el registro</translation>
    </message>
    <message>
        <source>This record belongs to the site %1: it is changed there, and its changes reach this database in its packages. Nothing was changed.</source>
        <translation>Este registro pertenece a la sede %1: se modifica allí, y sus cambios llegan a esta base de datos en sus paquetes. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <source>read the records as they are</source>
        <translation>leer los registros tal como están</translation>
    </message>
    <message>
        <source>The records kept from before the merge cannot be read.</source>
        <translation>No se pueden leer los registros guardados de antes de la fusión.</translation>
    </message>
    <message>
        <source>put the records back as they were</source>
        <translation>devolver los registros a como estaban</translation>
    </message>
    <message>
        <source>The records a merge touched cannot be read.</source>
        <translation>No se pueden leer los registros que tocó una fusión.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key printed when the database was encrypted opens it when every passphrase is lost. Give it with the user name of an administrator, who gets a new passphrase. This is recorded in the audit trail.</source>
        <translation>La clave de recuperación impresa cuando se cifró la base de datos la abre cuando se pierden todas las frases de contraseña. Escríbala con el nombre de usuario de un administrador, que recibe una nueva frase de contraseña. Esto queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nombre de usuario del administrador</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no son iguales.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>A recovery key has only letters and digits; &quot;%1&quot; is not one of them. Check what you typed.</source>
        <translation>Una clave de recuperación solo tiene letras y cifras; «%1» no es una de ellas. Revise lo que escribió.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; what you typed has %3 characters instead of %4.</source>
        <translation>Una clave de recuperación tiene %1 grupos de %2 caracteres; lo que escribió tiene %3 caracteres en vez de %4.</translation>
    </message>
    <message>
        <source>This recovery key has a mistake in it: one of its characters is wrong. Check each group against the printed key.</source>
        <translation>Esta clave de recuperación tiene un error: uno de sus caracteres está mal. Compare cada grupo con la clave impresa.</translation>
    </message>
    <message>
        <source>Could not write the recovery key to %1: %2</source>
        <translation>No se pudo escribir la clave de recuperación en %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The database&apos;s recovery key</source>
        <translation>La clave de recuperación de la base de datos</translation>
    </message>
    <message>
        <source>Amparo encrypts this database: whoever takes this computer cannot read it without a passphrase.&lt;br&gt;&lt;br&gt;If every passphrase is ever lost, this &lt;b&gt;recovery key&lt;/b&gt; is the only way to open the database. It is shown only now. Print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation>Amparo cifra esta base de datos: quien se lleve esta computadora no puede leerla sin una frase de contraseña.&lt;br&gt;&lt;br&gt;Si alguna vez se pierden todas las frases de contraseña, esta &lt;b&gt;clave de recuperación&lt;/b&gt; es la única forma de abrir la base de datos. Solo se muestra ahora. Imprímala o anótela, y guárdela en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>To show that you have it, type the recovery key again:</source>
        <translation>Para mostrar que la tiene, escriba de nuevo la clave de recuperación:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>This computer&apos;s disk is already encrypted: do not encrypt the database</source>
        <translation>El disco de esta computadora ya está cifrado: no cifrar la base de datos</translation>
    </message>
    <message>
        <source>Leave the database unencrypted?</source>
        <translation>¿Dejar la base de datos sin cifrar?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who takes this computer can read every case in the database unless the disk itself is encrypted. Leave it unencrypted?</source>
        <translation>Sin cifrado, quien se lleve esta computadora puede leer todos los casos de la base de datos, salvo que el propio disco esté cifrado. ¿Dejarla sin cifrar?</translation>
    </message>
    <message>
        <source>That is not the recovery key shown above. Check each group.</source>
        <translation>Esa no es la clave de recuperación que se muestra arriba. Revise cada grupo.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Amparo: recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;br&gt;Made on: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 16pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;This key opens the database if every passphrase is lost. Keep it somewhere safe, away from the computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Amparo: clave de recuperación&lt;/h2&gt;&lt;p&gt;Base de datos: %1&lt;br&gt;Creada el: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 16pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Esta clave abre la base de datos si se pierden todas las frases de contraseña. Guárdela en un lugar seguro, lejos de la computadora.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReferenceFile</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is far too large.</source>
        <translation>%1 es demasiado grande.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>it is in format %1, made for a newer version of Amparo.</source>
        <translation>está en el formato %1, hecho para una versión más nueva de Amparo.</translation>
    </message>
    <message>
        <source>it has no valid &quot;format&quot; number.</source>
        <translation>no tiene un número de &quot;format&quot; válido.</translation>
    </message>
</context>
<context>
    <name>ReferenceOverrides</name>
    <message>
        <source>%1 Amparo uses the data it ships with instead of %2.</source>
        <translation>%1 Amparo usa los datos que trae consigo en lugar de %2.</translation>
    </message>
</context>
<context>
    <name>ReferralAnswerDialog</name>
    <message>
        <source>What became of the referral to %1</source>
        <translation>Qué pasó con la remisión a %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why the organisation declined (required).</source>
        <translation>Por qué la organización la rechazó (obligatorio).</translation>
    </message>
    <message>
        <source>Why the referral is withdrawn (required).</source>
        <translation>Por qué se retira la remisión (obligatorio).</translation>
    </message>
    <message>
        <source>The provider&apos;s note on the service delivered.</source>
        <translation>La nota del proveedor sobre el servicio prestado.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer — %1</source>
        <translation>Remitir — %1</translation>
    </message>
    <message>
        <source>A referral received — %1</source>
        <translation>Una remisión recibida — %1</translation>
    </message>
    <message>
        <source>Persons referred</source>
        <translation>Personas remitidas</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>Services requested</source>
        <translation>Servicios solicitados</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Remitir a</translation>
    </message>
    <message>
        <source>Referred to us by</source>
        <translation>Nos la remitió</translation>
    </message>
    <message>
        <source>Services asked of us</source>
        <translation>Servicios que nos piden</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Fecha de la remisión</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Información compartida</translation>
    </message>
    <message>
        <source>Only what is ticked goes to the organisation. Without the name, the form carries the case number alone.</source>
        <translation>Solo lo marcado llega a la organización. Sin el nombre, el formulario lleva solo el número de caso.</translation>
    </message>
    <message>
        <source>The family consented to referral on %1.</source>
        <translation>La familia consintió la remisión el %1.</translation>
    </message>
    <message>
        <source>The family has not consented to referral. Record their consent in the case first; only if this referral cannot wait, say why below (kept in the audit trail with your name).</source>
        <translation>La familia no ha consentido la remisión. Registre primero su consentimiento en el caso; solo si esta remisión no puede esperar, diga por qué abajo (queda en el registro de auditoría con su nombre).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Why it cannot wait</source>
        <translation>Por qué no puede esperar</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Remitir</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>No partner organisation is in the directory yet: an administrator adds them under Administration → Partner organisations.</source>
        <translation>Todavía no hay organizaciones aliadas en el directorio: un administrador las agrega en Administración → Organizaciones aliadas.</translation>
    </message>
    <message>
        <source>Offers: %1. Serves: %2. Contact: %3.</source>
        <translation>Ofrece: %1. Atiende: %2. Contacto: %3.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>ReferralDirection</name>
    <message>
        <source>Referred by us</source>
        <translation>Remitida por nosotros</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Remitida a nosotros</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral form</source>
        <translation>Formulario de remisión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Where the person is</source>
        <translation>Dónde está la persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necesidades específicas</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Fecha de la remisión</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Remitida por</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Remitida a</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código del caso</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Tamaño del hogar</translation>
    </message>
    <message>
        <source>Person referred %1</source>
        <translation>Persona remitida %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>only the case code is shared</source>
        <translation>solo se comparte el código del caso</translation>
    </message>
    <message>
        <source>Services requested</source>
        <translation>Servicios solicitados</translation>
    </message>
    <message>
        <source>Reasons for the referral</source>
        <translation>Motivos de la remisión</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>the case code only</source>
        <translation>solo el código del caso</translation>
    </message>
    <message>
        <source>The person consented to the referral and to sharing the information listed here (%1); consent recorded on %2.</source>
        <translation>La persona consintió la remisión y que se comparta la información aquí indicada (%1); consentimiento registrado el %2.</translation>
    </message>
    <message>
        <source>Referred without the person&apos;s recorded consent, on the decision of %1; the reason is kept by the referring organisation. Information shared: %2.</source>
        <translation>Remitida sin consentimiento registrado de la persona, por decisión de %1; la organización que remite conserva el motivo. Información compartida: %2.</translation>
    </message>
    <message>
        <source>This form holds only the information listed. Keep it confidential and share it with nobody outside the service that answers the referral.</source>
        <translation>Este formulario contiene solo la información indicada. Manténgalo confidencial y no lo comparta con nadie fuera del servicio que atiende la remisión.</translation>
    </message>
</context>
<context>
    <name>ReferralPackageContents</name>
    <message>
        <source>This is not a referral package Amparo can open: %1</source>
        <translation>Este no es un paquete de remisión que Amparo pueda abrir: %1</translation>
    </message>
    <message>
        <source>it is far too large.</source>
        <translation>es demasiado grande.</translation>
    </message>
    <message>
        <source>its contents are not readable.</source>
        <translation>su contenido no se puede leer.</translation>
    </message>
    <message>
        <source>it holds something other than a referral.</source>
        <translation>contiene algo que no es una remisión.</translation>
    </message>
    <message>
        <source>it was written by a version of Amparo this one does not read.</source>
        <translation>lo escribió una versión de Amparo que esta no lee.</translation>
    </message>
    <message>
        <source>a field has the wrong form.</source>
        <translation>un campo tiene una forma incorrecta.</translation>
    </message>
    <message>
        <source>its priority or date is missing.</source>
        <translation>le falta la prioridad o la fecha.</translation>
    </message>
    <message>
        <source>it asks for a service Amparo does not know.</source>
        <translation>pide un servicio que Amparo no conoce.</translation>
    </message>
    <message>
        <source>it lists information Amparo does not know.</source>
        <translation>enumera información que Amparo no conoce.</translation>
    </message>
    <message>
        <source>it does not say whether the person consented.</source>
        <translation>no dice si la persona dio su consentimiento.</translation>
    </message>
    <message>
        <source>it does not say when the person consented.</source>
        <translation>no dice cuándo la persona dio su consentimiento.</translation>
    </message>
    <message>
        <source>it refers nobody, or too many persons.</source>
        <translation>no remite a nadie, o a demasiadas personas.</translation>
    </message>
    <message>
        <source>a person in it has the wrong form.</source>
        <translation>una persona en él tiene una forma incorrecta.</translation>
    </message>
</context>
<context>
    <name>ReferralPackageService</name>
    <message>
        <source>A referral received from another organisation is not sent on.</source>
        <translation>Una remisión recibida de otra organización no se reenvía.</translation>
    </message>
    <message>
        <source>%1 does not use Amparo (no site card in the directory): send it the referral form instead.</source>
        <translation>%1 no usa Amparo (no tiene tarjeta de sede en el directorio): envíele en su lugar el formulario de remisión.</translation>
    </message>
    <message>
        <source>The referral package could not be written to %1: %2</source>
        <translation>No se pudo escribir el paquete de remisión en %1: %2</translation>
    </message>
    <message>
        <source>Referred person %1</source>
        <translation>Persona remitida %1</translation>
    </message>
    <message>
        <source>%1 (referral)</source>
        <translation>%1 (remisión)</translation>
    </message>
    <message>
        <source>Referred by %1 (their case %2) on %3: %4</source>
        <translation>Remitida por %1 (su caso %2) el %3: %4</translation>
    </message>
    <message>
        <source>The package from %1 lacks the services or the reasons of the referral, or %1 is no longer in the directory.</source>
        <translation>Al paquete de %1 le faltan los servicios o los motivos de la remisión, o %1 ya no está en el directorio.</translation>
    </message>
    <message>
        <source>The package names the specific need “%1”, which this Amparo does not know.</source>
        <translation>El paquete nombra la necesidad específica «%1», que este Amparo no conoce.</translation>
    </message>
</context>
<context>
    <name>ReferralPriority</name>
    <message>
        <source>Emergency (within 24 hours)</source>
        <translation>Emergencia (dentro de 24 horas)</translation>
    </message>
    <message>
        <source>Urgent (within 72 hours)</source>
        <translation>Urgente (dentro de 72 horas)</translation>
    </message>
    <message>
        <source>Normal (within 2 weeks)</source>
        <translation>Normal (dentro de 2 semanas)</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>save the referral</source>
        <translation>guardar la remisión</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>La remisión ya no existe.</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Choose who is referred.</source>
        <translation>Elija a quién se remite.</translation>
    </message>
    <message>
        <source>A person referred is not a member of this case.</source>
        <translation>Una persona remitida no es miembro de este caso.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Elija la organización.</translation>
    </message>
    <message>
        <source>%1 is no longer in the directory of partners.</source>
        <translation>%1 ya no está en el directorio de organizaciones aliadas.</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Elija al menos un servicio.</translation>
    </message>
    <message>
        <source>“%1” is not a service of the referral form.</source>
        <translation>«%1» no es un servicio del formulario de remisión.</translation>
    </message>
    <message>
        <source>“%1” is not a piece of information a referral carries.</source>
        <translation>«%1» no es un dato que lleve una remisión.</translation>
    </message>
    <message>
        <source>Say why the person is referred.</source>
        <translation>Diga por qué se remite a la persona.</translation>
    </message>
    <message>
        <source>The reasons can have at most %1 characters.</source>
        <translation>Los motivos pueden tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation>Ingrese la fecha de la remisión.</translation>
    </message>
    <message>
        <source>The date of the referral is in the future.</source>
        <translation>La fecha de la remisión está en el futuro.</translation>
    </message>
    <message>
        <source>The family has not consented to referral. Record their consent in the case first, or say why this referral cannot wait for it (kept in the audit trail).</source>
        <translation>La familia no ha consentido la remisión. Registre primero su consentimiento en el caso, o diga por qué esta remisión no puede esperarlo (queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>The reason can have at most %1 characters.</source>
        <translation>El motivo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Answer from %1 to the referral of %2</source>
        <translation>Respuesta de %1 a la remisión de %2</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>Una remisión «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <source>Say why the organisation declined.</source>
        <translation>Diga por qué la organización la rechazó.</translation>
    </message>
    <message>
        <source>Say why the referral is withdrawn.</source>
        <translation>Diga por qué se retira la remisión.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>La nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The date must be between the referral&apos;s and today.</source>
        <translation>La fecha debe estar entre la de la remisión y hoy.</translation>
    </message>
    <message>
        <source>A referral received from another organisation has no form to send.</source>
        <translation>Una remisión recibida de otra organización no tiene formulario que enviar.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReferralServiceType</name>
    <message>
        <source>Mental health and psychosocial support</source>
        <translation>Salud mental y apoyo psicosocial</translation>
    </message>
    <message>
        <source>Relief items</source>
        <translation>Artículos de ayuda</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Asistencia en efectivo</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Services for women</source>
        <translation>Servicios para mujeres</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Disability support</source>
        <translation>Apoyo por discapacidad</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Livelihoods and education</source>
        <translation>Medios de vida y educación</translation>
    </message>
    <message>
        <source>Physical safety</source>
        <translation>Seguridad física</translation>
    </message>
</context>
<context>
    <name>ReferralState</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Service delivered</source>
        <translation>Servicio prestado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué está</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Remitir…</translation>
    </message>
    <message>
        <source>Record a referral received…</source>
        <translation>Registrar una remisión recibida…</translation>
    </message>
    <message>
        <source>Record what became of it…</source>
        <translation>Registrar qué pasó…</translation>
    </message>
    <message>
        <source>Referral form (PDF)…</source>
        <translation>Formulario de remisión (PDF)…</translation>
    </message>
    <message>
        <source>Sent · answer overdue since %1</source>
        <translation>Enviada · respuesta vencida desde el %1</translation>
    </message>
    <message>
        <source>Sent · answer due by %1</source>
        <translation>Enviada · respuesta esperada hasta el %1</translation>
    </message>
    <message>
        <source>Made without consent: %1</source>
        <translation>Hecha sin consentimiento: %1</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Todavía no hay remisiones.</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>Elija primero una remisión.</translation>
    </message>
    <message>
        <source>Referral %1 to %2.pdf</source>
        <translation>Remisión %1 a %2.pdf</translation>
    </message>
    <message>
        <source>Save the referral form as PDF</source>
        <translation>Guardar el formulario de remisión como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation>Formulario de remisión</translation>
    </message>
    <message>
        <source>The referral form was saved to %1. It holds personal data: send it to the organisation by a safe way and delete the copy when it has arrived.</source>
        <translation>El formulario de remisión se guardó en %1. Contiene datos personales: envíelo a la organización por una vía segura y borre la copia cuando haya llegado.</translation>
    </message>
    <message>
        <source>Referral package…</source>
        <translation>Paquete de remisión…</translation>
    </message>
    <message>
        <source>For an organisation that uses Amparo: only it can open the package.</source>
        <translation>Para una organización que usa Amparo: solo ella puede abrir el paquete.</translation>
    </message>
    <message>
        <source>Save the referral package</source>
        <translation>Guardar el paquete de remisión</translation>
    </message>
    <message>
        <source>Referral %1 to %2.amparo-referral</source>
        <translation>Remisión %1 a %2.amparo-referral</translation>
    </message>
    <message>
        <source>Amparo referral packages (*.amparo-referral)</source>
        <translation>Paquetes de remisión de Amparo (*.amparo-referral)</translation>
    </message>
    <message>
        <source>Referral package</source>
        <translation>Paquete de remisión</translation>
    </message>
    <message>
        <source>The referral package was saved to %1. Only %2 can open it; send it by any way, a lost copy reveals nothing.</source>
        <translation>El paquete de remisión se guardó en %1. Solo %2 puede abrirlo; envíelo por cualquier vía, una copia perdida no revela nada.</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Cónyuge o pareja</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre/madre</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Hermano/a</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Abuelo/a</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Nieto/a</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Sin parentesco</translation>
    </message>
</context>
<context>
    <name>RelativesPanel</name>
    <message>
        <source>Relatives registered in other cases</source>
        <translation>Familiares registrados en otros casos</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Is their</source>
        <translation>Es su</translation>
    </message>
    <message>
        <source>Their case</source>
        <translation>Su caso</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Double-click to open the relative&apos;s case.</source>
        <translation>Doble clic para abrir el caso del familiar.</translation>
    </message>
    <message>
        <source>Link a relative…</source>
        <translation>Vincular un familiar…</translation>
    </message>
    <message>
        <source>Mark confirmed</source>
        <translation>Marcar como confirmado</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Quitar vínculo</translation>
    </message>
    <message>
        <source>Relatives this family is looking for</source>
        <translation>Familiares que esta familia busca</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Buscado/a</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last known in</source>
        <translation>Último lugar conocido</translation>
    </message>
    <message>
        <source>Double-click to see the request and its possible matches.</source>
        <translation>Doble clic para ver la solicitud y sus posibles coincidencias.</translation>
    </message>
    <message>
        <source>Add a sought relative…</source>
        <translation>Añadir un familiar buscado…</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declarado</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Familiares</translation>
    </message>
    <message>
        <source>Remove the link between %1 and %2?</source>
        <translation>¿Quitar el vínculo entre %1 y %2?</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>A month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Un mes (2026-03) o un trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Mes o trimestre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Write a month as 2026-03 or a quarter as 2026-Q1.</source>
        <translation>Escriba un mes como 2026-03 o un trimestre como 2026-Q1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>What happened to people and what the state did: incidents by type, country, perpetrator and quarter, denials of asylum and services, the state&apos;s response, and what monitoring interviews tell.</source>
        <translation>Lo que les pasó a las personas y lo que hizo el Estado: incidentes por tipo, país, responsable y trimestre, negaciones de asilo y de servicios, la respuesta del Estado y lo que cuentan las entrevistas de monitoreo.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>The standard tables for a month or a quarter. Counts below the threshold are hidden; no name, story or place finer than a department is ever in a report.</source>
        <translation>Las tablas estándar de un mes o un trimestre. Los conteos por debajo del umbral se ocultan; ningún nombre, relato ni lugar más fino que un departamento aparece nunca en un informe.</translation>
    </message>
    <message>
        <source>human-rights-%1.%2</source>
        <translation>derechos-humanos-%1.%2</translation>
    </message>
    <message>
        <source>statistics-%1.%2</source>
        <translation>estadisticas-%1.%2</translation>
    </message>
</context>
<context>
    <name>ReportFormatComboBox</name>
    <message>
        <source>PDF with charts</source>
        <translation>PDF con gráficos</translation>
    </message>
    <message>
        <source>XLSX workbook (a sheet per table)</source>
        <translation>Libro XLSX (una hoja por tabla)</translation>
    </message>
    <message>
        <source>HXL CSV (the most detailed table)</source>
        <translation>CSV con HXL (la tabla más detallada)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>replace the database with a backup, after checking it (--from FILE; administrators)</source>
        <translation>reemplazar la base de datos por una copia, después de verificarla (--from ARCHIVO; administradores)</translation>
    </message>
    <message>
        <source>The backup file. Its passphrase is asked for, or read from %1.</source>
        <translation>El archivo de copia. Su frase de contraseña se pide o se lee de %1.</translation>
    </message>
    <message>
        <source>restore needs --from FILE.</source>
        <translation>restore necesita --from ARCHIVO.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>No backup passphrase was given.</source>
        <translation>No se indicó la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Restored. The previous database was kept at %1</source>
        <translation>Restaurado. La base de datos anterior se guardó en %1</translation>
    </message>
    <message>
        <source>account %1 of this computer</source>
        <translation>la cuenta %1 de este equipo</translation>
    </message>
    <message>
        <source>Restored into %1 (rows arrived: %2). Everyone can now connect to it.</source>
        <translation>Restaurada en %1 (filas recibidas: %2). Ya todos pueden conectarse a ella.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this database with the backup. The current database is not deleted: it is kept next to it, so you can go back. The backup is checked completely before anything is replaced.</source>
        <translation>Restaurar reemplaza todo lo que hay en esta base de datos por la copia. La base de datos actual no se borra: se guarda a su lado, para poder volver atrás. La copia se verifica por completo antes de reemplazar nada.</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Elegir la copia</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparobackup);;All files (*)</source>
        <translation>Copias de Amparo (*.amparobackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Verificar la copia</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Elija el archivo de copia.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservación de casos cerrados</translation>
    </message>
    <message>
        <source>No retention period is set. Amparo does not choose one for you: decide how long your organisation keeps a closed case, and keep to it. Data kept longer than it is needed is a risk to the people in it.</source>
        <translation>No hay un plazo de conservación fijado. Amparo no lo elige por usted: decida cuánto tiempo guarda su organización un caso cerrado, y cúmplalo. Los datos guardados más tiempo del necesario son un riesgo para las personas que aparecen en ellos.</translation>
    </message>
    <message>
        <source>(how many months?)</source>
        <translation>(¿cuántos meses?)</translation>
    </message>
    <message>
        <source> months after it closes</source>
        <translation> meses después de cerrarse</translation>
    </message>
    <message>
        <source>Set the period</source>
        <translation>Fijar el plazo</translation>
    </message>
    <message>
        <source>A closed case is kept</source>
        <translation>Un caso cerrado se guarda</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Period ended on</source>
        <translation>Plazo cumplido el</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Suprimir…</translation>
    </message>
    <message>
        <source>Anonymize…</source>
        <translation>Anonimizar…</translation>
    </message>
    <message>
        <source>for example: the appeal is still pending</source>
        <translation>por ejemplo: la apelación sigue pendiente</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Or keep it until</source>
        <translation>O conservarlo hasta</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>No closed case is past its period.</source>
        <translation>Ningún caso cerrado ha pasado su plazo.</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) past the period: erase, anonymize or keep each.</source>
        <translation>
            <numerusform>%n caso cerrado pasó el plazo: suprímalo, anonimícelo o consérvelo.</numerusform>
            <numerusform>%n casos cerrados pasaron el plazo: suprima, anonimice o conserve cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase case %1 and its %n member(s) for good?</source>
        <translation>
            <numerusform>¿Suprimir para siempre el caso %1 y su %n miembro?</numerusform>
            <numerusform>¿Suprimir para siempre el caso %1 y sus %n miembros?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymize case %1? Names, documents, contacts, notes and every other detail that describes someone go for good; what statistics count stays.</source>
        <translation>¿Anonimizar el caso %1? Los nombres, documentos, contactos, notas y todo otro detalle que describa a alguien desaparecen para siempre; lo que cuentan las estadísticas se queda.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>read the retention period</source>
        <translation>leer el plazo de conservación</translation>
    </message>
    <message>
        <source>A retention period is from 1 to 1200 months.</source>
        <translation>Un plazo de conservación va de 1 a 1200 meses.</translation>
    </message>
    <message>
        <source>set the retention period</source>
        <translation>fijar el plazo de conservación</translation>
    </message>
    <message>
        <source>set how long a closed case is kept</source>
        <translation>fijó cuánto tiempo se guarda un caso cerrado</translation>
    </message>
    <message>
        <source>read the cases past their retention period</source>
        <translation>leer los casos que pasaron su plazo de conservación</translation>
    </message>
    <message>
        <source>That case is not past its retention period (it may have been reopened, renewed or decided by someone else meanwhile).</source>
        <translation>Ese caso no ha pasado su plazo de conservación (puede que alguien lo haya reabierto, renovado o decidido mientras tanto).</translation>
    </message>
    <message>
        <source>Keep it until a day after today.</source>
        <translation>Consérvelo hasta un día posterior a hoy.</translation>
    </message>
    <message>
        <source>Say why the case is kept longer.</source>
        <translation>Indique por qué el caso se guarda más tiempo.</translation>
    </message>
    <message>
        <source>The case cannot be kept as asked.</source>
        <translation>El caso no puede conservarse como se pidió.</translation>
    </message>
    <message>
        <source>renew the retention of the case</source>
        <translation>renovar la conservación del caso</translation>
    </message>
    <message>
        <source>kept a closed case past its retention period</source>
        <translation>conservó un caso cerrado más allá de su plazo</translation>
    </message>
    <message>
        <source>The audit trail does not verify (Administration → Audit trail → Verify says where), so nothing was anonymized.</source>
        <translation>La auditoría no se verifica (Administración → Auditoría → Verificar dice dónde), así que no se anonimizó nada.</translation>
    </message>
    <message>
        <source>anonymize the case</source>
        <translation>anonimizar el caso</translation>
    </message>
    <message>
        <source>anonymized a case past its retention period</source>
        <translation>anonimizó un caso que pasó su plazo de conservación</translation>
    </message>
    <message>
        <source>read the case&apos;s members</source>
        <translation>leer los miembros del caso</translation>
    </message>
    <message>
        <source>retention period of case %1 over</source>
        <translation>plazo de conservación del caso %1 cumplido</translation>
    </message>
</context>
<context>
    <name>ReunificationHitsModel</name>
    <message>
        <source>%1 (child)</source>
        <translation>%1 (niño/a)</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>sí (%1)</translation>
    </message>
    <message>
        <source>An unaccompanied or separated child: legal staff review any match before anyone is contacted.</source>
        <translation>Niño, niña o adolescente no acompañado o separado: el equipo legal revisa toda coincidencia antes de contactar a nadie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Ahora en</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Being sought</source>
        <translation>Buscado/a</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Parecido</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>ReunificationSearch</name>
    <message>
        <source>Type at least a name to look for.</source>
        <translation>Escriba al menos un nombre para buscar.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (nació en %2)</translation>
    </message>
</context>
<context>
    <name>ReunificationSearchView</name>
    <message>
        <source>the name of the person sought, as the family says it</source>
        <translation>el nombre de la persona buscada, como lo dice la familia</translation>
    </message>
    <message>
        <source>12, or 2014</source>
        <translation>12, o 2014</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>where they were last, if known</source>
        <translation>dónde estuvo por última vez, si se sabe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Register a tracing request…</source>
        <translation>Registrar una solicitud de búsqueda…</translation>
    </message>
    <message>
        <source>Age or year of birth</source>
        <translation>Edad o año de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Se busca a</translation>
    </message>
    <message>
        <source>Last known place</source>
        <translation>Último lugar conocido</translation>
    </message>
    <message>
        <source>&lt;small&gt;Only persons whose case agreed to be contacted for family tracing are shown. Never confirm to anyone that a person is here before staff have checked: register a tracing request and give its reference.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Solo se muestran personas cuyo caso aceptó ser contactado para la búsqueda de familiares. Nunca confirme a nadie que una persona está aquí antes de que el personal lo verifique: registre una solicitud de búsqueda y entregue su referencia.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Write an age (12) or a year of birth (2014).</source>
        <translation>Escriba una edad (12) o un año de nacimiento (2014).</translation>
    </message>
    <message>
        <source>Nobody registered matches. Register a tracing request: Amparo keeps looking as new persons are registered.</source>
        <translation>No coincide nadie registrado. Registre una solicitud de búsqueda: Amparo sigue buscando a medida que se registran personas nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible person(s), the most alike first. Check the reasons before saying anything to the family.</source>
        <translation>
            <numerusform>%n posible persona, la más parecida primero. Revise los motivos antes de decir nada a la familia.</numerusform>
            <numerusform>%n posibles personas, las más parecidas primero. Revise los motivos antes de decir nada a la familia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewMatchDialog</name>
    <message>
        <source>Review a possible match · %1</source>
        <translation>Revisar una posible coincidencia · %1</translation>
    </message>
    <message>
        <source>Sought by %1, their %2</source>
        <translation>Buscado/a por %1, su %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Last known in</source>
        <translation>Último lugar conocido</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado/a</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Ahora en</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likeness %1%.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Parecido %1%.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>An unaccompanied or separated child: check the child&apos;s best interests before anyone is contacted.</source>
        <translation>Niño, niña o adolescente no acompañado o separado: verifique su interés superior antes de contactar a nadie.</translation>
    </message>
    <message>
        <source>An unaccompanied or separated child: legal staff review this match before anyone is contacted. It stays pending for them.</source>
        <translation>Niño, niña o adolescente no acompañado o separado: el equipo legal revisa esta coincidencia antes de contactar a nadie. Queda pendiente para ellos.</translation>
    </message>
    <message>
        <source>how it was checked (a photo, a question only family knows…)</source>
        <translation>cómo se verificó (una foto, una pregunta que solo la familia sabe…)</translation>
    </message>
    <message>
        <source>Confirm the match</source>
        <translation>Confirmar la coincidencia</translation>
    </message>
    <message>
        <source>Not them</source>
        <translation>No es la persona</translation>
    </message>
    <message>
        <source>Leave pending</source>
        <translation>Dejar pendiente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RiskCatalogue</name>
    <message>
        <source>The risk screening catalogue cannot be used: %1</source>
        <translation>El catálogo de evaluación de riesgo no se puede usar: %1</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>no tiene &quot;version&quot;.</translation>
    </message>
    <message>
        <source>a risk level is not 1, 2 or 3 with a label in English.</source>
        <translation>un nivel de riesgo no es 1, 2 o 3 con una etiqueta en inglés.</translation>
    </message>
    <message>
        <source>it must name the three risk levels (low, medium, high).</source>
        <translation>debe nombrar los tres niveles de riesgo (bajo, medio, alto).</translation>
    </message>
    <message>
        <source>the specific-needs category “%1” has a bad or repeated code or no English label.</source>
        <translation>la categoría de necesidades específicas «%1» tiene un código incorrecto o repetido o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>the specific-needs code “%1” is bad, repeated, outside its category or has no English label.</source>
        <translation>el código de necesidad específica «%1» es incorrecto, está repetido, fuera de su categoría o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>it has no specific-needs codes.</source>
        <translation>no tiene códigos de necesidades específicas.</translation>
    </message>
    <message>
        <source>it has no risk categories.</source>
        <translation>no tiene categorías de riesgo.</translation>
    </message>
    <message>
        <source>the category “%1” has a bad or repeated code or no English label.</source>
        <translation>la categoría «%1» tiene un código incorrecto o repetido o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>the category “%1” has no indicators.</source>
        <translation>la categoría «%1» no tiene indicadores.</translation>
    </message>
    <message>
        <source>the indicator “%1” has a bad or repeated code or no English label.</source>
        <translation>el indicador «%1» tiene un código incorrecto o repetido o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>the indicator “%1” refers to the unknown specific-needs code “%2”.</source>
        <translation>el indicador «%1» remite al código de necesidad específica desconocido «%2».</translation>
    </message>
    <message>
        <source>the indicator “%1” is suggested by the unknown rule “%2”.</source>
        <translation>el indicador «%1» lo sugiere la regla desconocida «%2».</translation>
    </message>
    <message>
        <source>the action “%1” has a bad or repeated code or no English label.</source>
        <translation>la acción «%1» tiene un código incorrecto o repetido o no tiene etiqueta en inglés.</translation>
    </message>
    <message>
        <source>it has no recommended actions.</source>
        <translation>no tiene acciones recomendadas.</translation>
    </message>
    <message>
        <source>the description of risk level %1 has no English text.</source>
        <translation>la descripción del nivel de riesgo %1 no tiene texto en inglés.</translation>
    </message>
    <message>
        <source>the follow-up of risk level %1 must be due within a year, and flagged before it is due.</source>
        <translation>el seguimiento del nivel de riesgo %1 debe vencer dentro de un año y señalarse antes de vencer.</translation>
    </message>
    <message>
        <source>the replaced category “%1” has a bad or repeated code, no English label or no category that replaces it.</source>
        <translation>la categoría reemplazada «%1» tiene un código incorrecto o repetido, no tiene etiqueta en inglés o ninguna categoría la reemplaza.</translation>
    </message>
    <message>
        <source>the checklist item “%1” has a bad or repeated code or no English label.</source>
        <translation>el punto de la lista de verificación «%1» tiene un código incorrecto o repetido o no tiene etiqueta en inglés.</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necesidades específicas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why not possible</source>
        <translation>Por qué no es posible</translation>
    </message>
    <message>
        <source>Screen for risk…</source>
        <translation>Evaluar riesgo…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Save action status</source>
        <translation>Guardar estado de las acciones</translation>
    </message>
    <message>
        <source>Save the case to screen its members for heightened risk.</source>
        <translation>Guarde el caso para evaluar el riesgo elevado de sus miembros.</translation>
    </message>
    <message>
        <source>This case needs attention: speak to staff before any action.</source>
        <translation>Este caso requiere atención: hable con el personal antes de cualquier acción.</translation>
    </message>
    <message>
        <source>No flag on this case.</source>
        <translation>Este caso no tiene alertas.</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Screened on %1 by %2</source>
        <translation>Evaluado el %1 por %2</translation>
    </message>
    <message>
        <source>Nobody in this family group has been screened yet.</source>
        <translation>Todavía no se evaluó a nadie de este grupo familiar.</translation>
    </message>
    <message>
        <source>The newest screening of each member:</source>
        <translation>La evaluación más reciente de cada miembro:</translation>
    </message>
    <message>
        <source>High risk: %1</source>
        <translation>Riesgo alto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) updated.</source>
        <translation>
            <numerusform>%n acción actualizada.</numerusform>
            <numerusform>%n acciones actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Specific needs…</source>
        <translation>Necesidades específicas…</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Calificación general</translation>
    </message>
    <message>
        <source>Referral area</source>
        <translation>Área de remisión</translation>
    </message>
</context>
<context>
    <name>RiskSuggester</name>
    <message>
        <source>Aged %1 and no adult is registered in the family group.</source>
        <translation>Tiene %1 años y no hay ningún adulto registrado en el grupo familiar.</translation>
    </message>
    <message>
        <source>Aged %1 and none of the adults registered with them is recorded as a parent.</source>
        <translation>Tiene %1 años y ninguno de los adultos registrados con él o ella figura como padre o madre.</translation>
    </message>
    <message>
        <source>Aged %1 and no younger adult is registered with them.</source>
        <translation>Tiene %1 años y no hay ningún adulto más joven registrado con esta persona.</translation>
    </message>
    <message>
        <source>Recorded as having no identity document.</source>
        <translation>Registrada como sin documento de identidad.</translation>
    </message>
    <message>
        <source>Born in %1, which is not a country of their nationality, and no birth certificate is recorded.</source>
        <translation>Nació en %1, que no es un país de su nacionalidad, y no hay partida de nacimiento registrada.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>Legal staff</source>
        <translation>Personal jurídico</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario/a</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador/a</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New monitoring round</source>
        <translation>Nueva ronda de monitoreo</translation>
    </message>
    <message>
        <source>Cúcuta, March 2026</source>
        <translation>Cúcuta, marzo 2026</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>The site %1 does not exist; choose one of the organisation&apos;s sites.</source>
        <translation>La sede %1 no existe; elija una de las sedes de la organización.</translation>
    </message>
    <message>
        <source>“%1” is given the meaning “%2” for %3, which Amparo does not know.</source>
        <translation>A “%1” se le da el significado “%2” para %3, que Amparo no conoce.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the file names only %2 columns; a value may hold the separator without quotation marks.</source>
        <translation>La fila tiene %1 celdas pero el archivo nombra solo %2 columnas; puede que un valor contenga el separador sin comillas.</translation>
    </message>
    <message>
        <source>This is a spreadsheet formula, not a value. Replace it by its value in the spreadsheet.</source>
        <translation>Esto es una fórmula de hoja de cálculo, no un valor. Reemplácela por su valor en la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Amparo does not know what “%1” means here; say what it means under Values (or in the mapping).</source>
        <translation>Amparo no sabe qué significa “%1” aquí; indique su significado en Valores (o en la correspondencia).</translation>
    </message>
    <message>
        <source>The date of registration is in the future.</source>
        <translation>La fecha de registro está en el futuro.</translation>
    </message>
    <message>
        <source>“%1” is not an age in years from 0 to 120.</source>
        <translation>“%1” no es una edad en años de 0 a 120.</translation>
    </message>
    <message>
        <source>Which country issued this document? Map a column with the issuing country or the nationality.</source>
        <translation>¿Qué país expidió este documento? Asigne una columna con el país emisor o la nacionalidad.</translation>
    </message>
    <message>
        <source>The row names no site and no site was chosen for such rows.</source>
        <translation>La fila no indica sede y no se eligió una sede para esas filas.</translation>
    </message>
    <message>
        <source>“%1” is not a department, state or province of %2.</source>
        <translation>“%1” no es un departamento, estado o provincia de %2.</translation>
    </message>
    <message>
        <source>Yes, agrees to be contacted</source>
        <translation>Sí, acepta ser contactada/o</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Write the whole date the document expires: day, month and year.</source>
        <translation>Escriba la fecha completa en que vence el documento: día, mes y año.</translation>
    </message>
    <message>
        <source>The row gives when a document expires but not the document&apos;s number.</source>
        <translation>La fila dice cuándo vence un documento pero no el número del documento.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Una nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name holds characters names do not have (%1): check that it is one name, not two cells run together.</source>
        <translation>El nombre contiene caracteres que los nombres no tienen (%1): compruebe que es un solo nombre y no dos celdas juntas.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade step %1 is missing from this installation of Amparo.</source>
        <translation>Falta el paso de actualización %1 en esta instalación de Amparo.</translation>
    </message>
    <message>
        <source>upgrade the database to schema %1</source>
        <translation>actualizar la base de datos al esquema %1</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Heightened-risk screening — %1</source>
        <translation>Evaluación de riesgo elevado — %1</translation>
    </message>
    <message>
        <source>Date of the screening</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador/a</translation>
    </message>
    <message>
        <source>Screen these members:</source>
        <translation>Evaluar a estos miembros:</translation>
    </message>
    <message>
        <source>Some answers need attention: see the marked places.</source>
        <translation>Algunas respuestas requieren atención: vea los lugares marcados.</translation>
    </message>
    <message>
        <source>Members screened</source>
        <translation>Miembros evaluados</translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Suggested from what is recorded — confirm or dismiss each</source>
        <translation>Sugerido a partir de lo registrado — confirme o descarte cada una</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Specific-needs code %1</source>
        <translation>Código de necesidad específica %1</translation>
    </message>
    <message>
        <source>— not at risk —</source>
        <translation>— sin riesgo —</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why not possible</source>
        <translation>Por qué no es posible</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Nivel de riesgo: %1</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Antes de la entrevista</translation>
    </message>
    <message>
        <source>Added by Amparo: not a point of the HRIT itself.</source>
        <translation>Agregado por Amparo: no es un punto de la propia HRIT.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added by Amparo&lt;/b&gt; — not categories of the HRIT itself: risks its categories do not name on their own.</source>
        <translation>&lt;b&gt;Agregadas por Amparo&lt;/b&gt; — no son categorías de la propia HRIT: riesgos que sus categorías no nombran por sí solos.</translation>
    </message>
    <message>
        <source>Referral areas by priority (the first is the most pressing)</source>
        <translation>Áreas de remisión por prioridad (la primera es la más urgente)</translation>
    </message>
    <message>
        <source>Referral area</source>
        <translation>Área de remisión</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Agregar área</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Quitar área</translation>
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
        <source>Overall rating</source>
        <translation>Calificación general</translation>
    </message>
    <message>
        <source>— not at heightened risk —</source>
        <translation>— sin riesgo elevado —</translation>
    </message>
    <message>
        <source>By category: none rated.</source>
        <translation>Por categoría: ninguna calificada.</translation>
    </message>
    <message>
        <source>By category — %1</source>
        <translation>Por categoría — %1</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up will be due %n day(s) after the screening, flagged from day %1.</source>
        <translation>
            <numerusform>Habrá un seguimiento a %n día de la evaluación, señalado desde el día %1.</numerusform>
            <numerusform>Habrá un seguimiento a %n días de la evaluación, señalado desde el día %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A follow-up will be due %n day(s) after the screening.</source>
        <translation>
            <numerusform>Habrá un seguimiento a %n día de la evaluación.</numerusform>
            <numerusform>Habrá un seguimiento a %n días de la evaluación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningHistoryDialog</name>
    <message>
        <source>Screening history — %1</source>
        <translation>Historial de evaluaciones — %1</translation>
    </message>
    <message>
        <source>Not screened.</source>
        <translation>Sin evaluar.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Suggestion confirmed: %1</source>
        <translation>Sugerencia confirmada: %1</translation>
    </message>
    <message>
        <source>Suggestion dismissed: %1</source>
        <translation>Sugerencia descartada: %1</translation>
    </message>
    <message>
        <source>overall rating: %1</source>
        <translation>calificación general: %1</translation>
    </message>
    <message>
        <source>not at heightened risk</source>
        <translation>sin riesgo elevado</translation>
    </message>
    <message>
        <source>%1: %2 (a category of an earlier catalogue)</source>
        <translation>%1: %2 (una categoría de un catálogo anterior)</translation>
    </message>
</context>
<context>
    <name>ScreeningRepository</name>
    <message>
        <source>save the screening</source>
        <translation>guardar la evaluación</translation>
    </message>
    <message>
        <source>save the action</source>
        <translation>guardar la acción</translation>
    </message>
</context>
<context>
    <name>ScreeningService</name>
    <message>
        <source>The person screened is not a member of this case.</source>
        <translation>La persona evaluada no es miembro de este caso.</translation>
    </message>
    <message>
        <source>Enter the date of the screening.</source>
        <translation>Ingrese la fecha de la evaluación.</translation>
    </message>
    <message>
        <source>The screening date is in the future.</source>
        <translation>La fecha de la evaluación está en el futuro.</translation>
    </message>
    <message>
        <source>The screening date is long before the case was registered.</source>
        <translation>La fecha de la evaluación es muy anterior al registro del caso.</translation>
    </message>
    <message>
        <source>The indicator “%1” is not in the catalogue.</source>
        <translation>El indicador «%1» no está en el catálogo.</translation>
    </message>
    <message>
        <source>The category “%1” is not in the catalogue.</source>
        <translation>La categoría «%1» no está en el catálogo.</translation>
    </message>
    <message>
        <source>Set the risk level for “%1”: indicators are marked in it.</source>
        <translation>Indique el nivel de riesgo de «%1»: tiene indicadores marcados.</translation>
    </message>
    <message>
        <source>Confirm or dismiss the suggestion “%1”.</source>
        <translation>Confirme o descarte la sugerencia «%1».</translation>
    </message>
    <message>
        <source>“%1” was confirmed but is not marked.</source>
        <translation>«%1» fue confirmada pero no está marcada.</translation>
    </message>
    <message>
        <source>“%1” was dismissed but is marked.</source>
        <translation>«%1» fue descartada pero está marcada.</translation>
    </message>
    <message>
        <source>Choose an action from the list.</source>
        <translation>Elija una acción de la lista.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Una nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Say why the action is not possible.</source>
        <translation>Indique por qué la acción no es posible.</translation>
    </message>
    <message>
        <source>The observations can have at most %1 characters.</source>
        <translation>Las observaciones pueden tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one person to screen.</source>
        <translation>Elija al menos una persona para evaluar.</translation>
    </message>
    <message>
        <source>A person is screened twice at once.</source>
        <translation>Una persona aparece dos veces en la misma evaluación.</translation>
    </message>
    <message>
        <source>screening of %1</source>
        <translation>evaluación de %1</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>La acción ya no existe.</translation>
    </message>
    <message>
        <source>Give the overall rating: categories are rated.</source>
        <translation>Indique la calificación general: hay categorías calificadas.</translation>
    </message>
    <message>
        <source>Choose the overall rating from the list.</source>
        <translation>Elija la calificación general de la lista.</translation>
    </message>
    <message>
        <source>The checklist point “%1” is not in the catalogue.</source>
        <translation>El punto de la lista de verificación «%1» no está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>change the server account</source>
        <translation>cambiar la cuenta del servidor</translation>
    </message>
    <message>
        <source>The user name %1 is too long for an account on this server: choose a shorter one.</source>
        <translation>El nombre de usuario %1 es demasiado largo para una cuenta en este servidor: elija uno más corto.</translation>
    </message>
    <message>
        <source>The server password could not be prepared.</source>
        <translation>No se pudo preparar la contraseña del servidor.</translation>
    </message>
</context>
<context>
    <name>ServerMailbox</name>
    <message>
        <source>“%1” is not a server location. Write it as the office gave it, for example postgresql://office-server/amparo.</source>
        <translation>“%1” no es una ubicación de servidor. Escríbala como la dio la oficina, por ejemplo postgresql://office-server/amparo.</translation>
    </message>
    <message>
        <source>Leave the account out of the office&apos;s server location: the post signs in with its own mailbox account.</source>
        <translation>No incluya la cuenta en la ubicación del servidor de la oficina: el puesto inicia sesión con su propia cuenta de buzón.</translation>
    </message>
    <message>
        <source>The office&apos;s server (%1) does not know this post&apos;s mailbox yet, or no longer. Ask the office&apos;s administrator to register this post&apos;s card and to exchange packages once; until then, send packages as files.</source>
        <translation>El servidor de la oficina (%1) todavía no conoce el buzón de este puesto, o ya no lo conoce. Pida al administrador de la oficina que registre la tarjeta de este puesto e intercambie paquetes una vez; mientras tanto, envíe los paquetes como archivos.</translation>
    </message>
    <message>
        <source>The office&apos;s server (%1) turns this computer away. Ask whoever set up the server to let the post&apos;s connections in; until then, send packages as files.</source>
        <translation>El servidor de la oficina (%1) rechaza a esta computadora. Pida a quien configuró el servidor que admita las conexiones del puesto; mientras tanto, envíe los paquetes como archivos.</translation>
    </message>
    <message>
        <source>The office&apos;s server (%1) cannot be reached now: %2 Nothing was changed. Try again when the connection is back, or send a package as a file.</source>
        <translation>No se puede llegar ahora al servidor de la oficina (%1): %2 No se cambió nada. Intente de nuevo cuando vuelva la conexión, o envíe un paquete como archivo.</translation>
    </message>
    <message>
        <source>exchange packages with the office&apos;s server (%1)</source>
        <translation>intercambiar paquetes con el servidor de la oficina (%1)</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database name %1 is too long for Amparo&apos;s roles on the server: use a name of at most 49 letters.</source>
        <translation>El nombre de base de datos %1 es demasiado largo para los roles de Amparo en el servidor: use un nombre de 49 letras como máximo.</translation>
    </message>
    <message>
        <source>set up Amparo&apos;s roles on the server</source>
        <translation>preparar los roles de Amparo en el servidor</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other / intersex</source>
        <translation>Otro / intersexual</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>SharedItem</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <source>Where the person is</source>
        <translation>Dónde está la persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Tamaño del hogar</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necesidades específicas</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show one case with its family group, consent and notes</source>
        <translation>mostrar un caso con su grupo familiar, consentimiento y notas</translation>
    </message>
    <message>
        <source>The case number, e.g. CUC-2026-00042.</source>
        <translation>El número de caso, p. ej. CUC-2026-00042.</translation>
    </message>
    <message>
        <source>show needs one case number.</source>
        <translation>show necesita un número de caso.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format debe ser text o json.</translation>
    </message>
    <message>
        <source>This case needs attention: speak to staff before any action.</source>
        <translation>Este caso requiere atención: hable con el personal antes de cualquier acción.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Amparo</source>
        <translation>Iniciar sesión en Amparo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amparo&lt;/b&gt;&lt;br&gt;Database: %1</source>
        <translation>&lt;b&gt;Amparo&lt;/b&gt;&lt;br&gt;Base de datos: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Usar la clave de &amp;recuperación…</translation>
    </message>
</context>
<context>
    <name>SiteAuditTrail</name>
    <message>
        <source>keep the audit trail of %1</source>
        <translation>guardar el registro de auditoría de %1</translation>
    </message>
    <message>
        <source>The audit trail in the package from %1 does not continue the one received before (%2), so nothing of the package was applied.</source>
        <translation>El registro de auditoría del paquete de %1 no continúa el recibido antes (%2), así que no se aplicó nada del paquete.</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>entry %1 differs from the one received before</source>
        <translation>la entrada %1 difiere de la recibida antes</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation>la entrada %1 no sigue a la entrada %2</translation>
    </message>
    <message>
        <source>read the audit trail of %1</source>
        <translation>leer el registro de auditoría de %1</translation>
    </message>
    <message>
        <source>read the posts&apos; audit trails</source>
        <translation>leer los registros de auditoría de los puestos</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>This file is not an Amparo site card, or it was changed.</source>
        <translation>Este archivo no es una tarjeta de sede de Amparo, o fue modificado.</translation>
    </message>
    <message>
        <source>The site card %1 could not be read: %2</source>
        <translation>No se pudo leer la tarjeta de sede %1: %2</translation>
    </message>
    <message>
        <source>The site card could not be written to %1: %2</source>
        <translation>No se pudo escribir la tarjeta de sede en %1: %2</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Agregar una sede</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>A site is a place where your organisation registers cases: a border post, a shelter, a legal clinic. Its code starts every case number registered there, for example CUC-2026-00001.</source>
        <translation>Una sede es un lugar donde su organización registra casos: un puesto fronterizo, un albergue, una clínica jurídica. Su código encabeza cada número de caso registrado allí, por ejemplo CUC-2026-00001.</translation>
    </message>
    <message>
        <source>e.g. CUC</source>
        <translation>p. ej. CUC</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department / state</source>
        <translation>Departamento / estado</translation>
    </message>
</context>
<context>
    <name>SiteOptions</name>
    <message>
        <source>Site code, 2 to 8 letters or digits (e.g. CUC).</source>
        <translation>Código de la sede, de 2 a 8 letras o dígitos (p. ej. CUC).</translation>
    </message>
    <message>
        <source>Site name.</source>
        <translation>Nombre de la sede.</translation>
    </message>
    <message>
        <source>Country of the site (ISO code or name).</source>
        <translation>País de la sede (código ISO o nombre).</translation>
    </message>
    <message>
        <source>First-level division (ISO 3166-2 code, e.g. CO-NSA).</source>
        <translation>Departamento, estado o provincia (código ISO 3166-2, p. ej. CO-NSA).</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Your organisation&apos;s first site</source>
        <translation>La primera sede de su organización</translation>
    </message>
    <message>
        <source>Step 2 of 3</source>
        <translation>Paso 2 de 3</translation>
    </message>
    <message>
        <source>Create site</source>
        <translation>Crear sede</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>save the site</source>
        <translation>guardar la sede</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>The site code is 2 to 8 capital letters or digits, for example CUC.</source>
        <translation>El código de la sede tiene de 2 a 8 letras mayúsculas o dígitos, por ejemplo CUC.</translation>
    </message>
    <message>
        <source>Enter the name of the site.</source>
        <translation>Ingrese el nombre de la sede.</translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation>El nombre puede tener como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Choose the country of the site.</source>
        <translation>Elija el país de la sede.</translation>
    </message>
    <message>
        <source>Choose a department, state or province of the chosen country.</source>
        <translation>Elija un departamento, estado o provincia del país elegido.</translation>
    </message>
    <message>
        <source>There is already a site with the code %1.</source>
        <translation>Ya existe una sede con el código %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>SpecificNeedRepository</name>
    <message>
        <source>save the specific need</source>
        <translation>guardar la necesidad específica</translation>
    </message>
    <message>
        <source>remove the specific need</source>
        <translation>quitar la necesidad específica</translation>
    </message>
</context>
<context>
    <name>SpecificNeedService</name>
    <message>
        <source>“%1” is not a specific-needs code.</source>
        <translation>«%1» no es un código de necesidad específica.</translation>
    </message>
    <message>
        <source>The person is not a member of this case.</source>
        <translation>La persona no es miembro de este caso.</translation>
    </message>
    <message>
        <source>%1 already has the code %2.</source>
        <translation>%1 ya tiene el código %2.</translation>
    </message>
</context>
<context>
    <name>SpecificNeedsDialog</name>
    <message>
        <source>Specific needs — %1</source>
        <translation>Necesidades específicas — %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove the selected code</source>
        <translation>Quitar el código seleccionado</translation>
    </message>
    <message>
        <source>added on %1 by %2</source>
        <translation>agregado el %1 por %2</translation>
    </message>
    <message>
        <source>removed on %1 by %2</source>
        <translation>quitado el %1 por %2</translation>
    </message>
    <message>
        <source>Code %1 added.</source>
        <translation>Código %1 agregado.</translation>
    </message>
    <message>
        <source>Choose a code in the list first.</source>
        <translation>Primero elija un código de la lista.</translation>
    </message>
    <message>
        <source>That code was already removed.</source>
        <translation>Ese código ya fue quitado.</translation>
    </message>
    <message>
        <source>Code %1 removed.</source>
        <translation>Código %1 quitado.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Specific need</source>
        <translation>Necesidad específica</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>StatisticsExporter</name>
    <message>
        <source>Write the period as a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Escriba el período como un mes (2026-03) o un trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>sites: %1</source>
        <translation>sedes: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>organisations: %1</source>
        <translation>organizaciones: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsFileWriter</name>
    <message>
        <source>The report is written as a PDF; a %1 file holds one table of counts.</source>
        <translation>El informe se escribe en PDF; un archivo %1 contiene una sola tabla de conteos.</translation>
    </message>
</context>
<context>
    <name>StatisticsPdfWriter</name>
    <message>
        <source>Period: %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <source>Sites: %1</source>
        <translation>Sedes: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Made on %1 with Amparo</source>
        <translation>Hecho el %1 con Amparo</translation>
    </message>
    <message>
        <source>Counts below %1 are hidden and shown as “—” so that nobody can be singled out.</source>
        <translation>Los conteos menores que %1 se ocultan y se muestran como “—” para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Nada registrado en este período.</translation>
    </message>
    <message>
        <source>How the people counted are protected</source>
        <translation>Cómo se protege a las personas contadas</translation>
    </message>
    <message>
        <source>Nothing could be shown safely.</source>
        <translation>No se pudo mostrar nada con seguridad.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Persons registered per month</source>
        <translation>Personas registradas por mes</translation>
    </message>
    <message>
        <source>Persons registered by sex and age</source>
        <translation>Personas registradas por sexo y edad</translation>
    </message>
    <message>
        <source>Persons registered by nationality</source>
        <translation>Personas registradas por nacionalidad</translation>
    </message>
    <message>
        <source>Risk screenings by category</source>
        <translation>Evaluaciones de riesgo por categoría</translation>
    </message>
    <message>
        <source>Legal procedures by outcome</source>
        <translation>Procedimientos legales por resultado</translation>
    </message>
    <message>
        <source>Recognitions and permits granted</source>
        <translation>Reconocimientos y permisos otorgados</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Plazos pendientes</translation>
    </message>
    <message>
        <source>Tracing requests by status</source>
        <translation>Solicitudes de búsqueda por estado</translation>
    </message>
    <message>
        <source>Families reunited per month</source>
        <translation>Familias reunificadas por mes</translation>
    </message>
    <message>
        <source>All records up to today</source>
        <translation>Todos los registros hasta hoy</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Shown for children (0–17) and adults (18+): five age groups would single people out.</source>
        <translation>Se muestra por niñas, niños y adolescentes (0–17) y personas adultas (18+): cinco grupos de edad permitirían identificar a alguien.</translation>
    </message>
    <message>
        <source>Values with too few records to count apart are counted together as “Other”.</source>
        <translation>Los valores con muy pocos registros para contarse aparte se cuentan juntos como «Otros».</translation>
    </message>
    <message>
        <source>Every count here is below %1 and hidden, so there is nothing to draw.</source>
        <translation>Todos los conteos aquí son menores que %1 y están ocultos: no hay nada que dibujar.</translation>
    </message>
    <message>
        <source>Shown for children (0–17) and adults (18+) only: any finer breakdown would single people out.</source>
        <translation>Se muestra solo por niñas, niños y adolescentes (0–17) y personas adultas (18+): cualquier desglose más fino permitiría identificar a alguien.</translation>
    </message>
    <message>
        <source>Screenings by overall risk rating</source>
        <translation>Evaluaciones por calificación general del riesgo</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Remisiones por servicio</translation>
    </message>
    <message>
        <source>Referrals by priority and where they stand</source>
        <translation>Remisiones por prioridad y en qué están</translation>
    </message>
    <message>
        <source>Referrals by time to answer</source>
        <translation>Remisiones por tiempo de respuesta</translation>
    </message>
    <message>
        <source>Incidents by what happened</source>
        <translation>Incidentes según lo que pasó</translation>
    </message>
    <message>
        <source>Incidents by who did it</source>
        <translation>Incidentes según quién lo hizo</translation>
    </message>
    <message>
        <source>Incidents by country and quarter</source>
        <translation>Incidentes por país y trimestre</translation>
    </message>
    <message>
        <source>Incidents by what happened, country, who did it and quarter</source>
        <translation>Incidentes según lo que pasó, país, quién lo hizo y trimestre</translation>
    </message>
    <message>
        <source>To whom: incidents by sex and age</source>
        <translation>A quién: incidentes por sexo y edad</translation>
    </message>
    <message>
        <source>Where: incidents by kind of place</source>
        <translation>Dónde: incidentes por tipo de lugar</translation>
    </message>
    <message>
        <source>Denials of asylum and of services</source>
        <translation>Negaciones de asilo y de servicios</translation>
    </message>
    <message>
        <source>Reported to an institution</source>
        <translation>Denunciados ante una institución</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>Lo que hizo el Estado</translation>
    </message>
    <message>
        <source>Monitoring interviews by legal status</source>
        <translation>Entrevistas de monitoreo por situación migratoria</translation>
    </message>
    <message>
        <source>Monitoring interviews by intentions</source>
        <translation>Entrevistas de monitoreo por intenciones</translation>
    </message>
    <message>
        <source>Risks upon return named in monitoring interviews</source>
        <translation>Riesgos en caso de retorno mencionados en las entrevistas</translation>
    </message>
    <message>
        <source>Needs named in monitoring interviews</source>
        <translation>Necesidades mencionadas en las entrevistas</translation>
    </message>
    <message>
        <source>Human rights documentation report</source>
        <translation>Informe de documentación de derechos humanos</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Informe estadístico</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Could not %1. %2</source>
        <translation>No se pudo %1. %2</translation>
    </message>
    <message>
        <source>Another Amparo window or program is writing to the database. Wait a moment and try again.</source>
        <translation>Otra ventana de Amparo u otro programa está escribiendo en la base de datos. Espere un momento e intente de nuevo.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that the disk is not write-protected and that you may write to the file.</source>
        <translation>El archivo de la base de datos es de solo lectura. Compruebe que el disco no esté protegido contra escritura y que usted pueda escribir en el archivo.</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check that the disk or USB stick holding it is still connected.</source>
        <translation>No se pudo leer ni escribir el archivo de la base de datos. Compruebe que el disco o la memoria USB que lo contiene siga conectado.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>El archivo de la base de datos está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio e intente de nuevo.</translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored (%1).</source>
        <translation>El cambio choca con un registro ya guardado (%1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved half-way. Check the network; once the server can be reached again, try again.</source>
        <translation>Se perdió la conexión con el servidor, así que no se guardó nada a medias. Revise la red; cuando se pueda llegar de nuevo al servidor, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Someone else was saving the same records at the same moment. Try again.</source>
        <translation>Otra persona estaba guardando los mismos registros en ese mismo momento. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Tell whoever looks after the server; nothing was saved.</source>
        <translation>El disco del servidor está lleno. Avise a quien se ocupa del servidor; no se guardó nada.</translation>
    </message>
    <message>
        <source>The server does not let your account do this. Ask the administrator to check your account&apos;s role on the server.</source>
        <translation>El servidor no permite esto a su cuenta. Pida al administrador que revise el rol de su cuenta en el servidor.</translation>
    </message>
    <message>
        <source>A page of the encrypted database fails its check: it was changed or damaged, it belongs to another database, or the database was locked meanwhile. Nothing from it was shown. If this happens again after signing in, restore it from a backup.</source>
        <translation>Una página de la base de datos cifrada no pasa su comprobación: se cambió o se dañó, pertenece a otra base de datos, o la base de datos se bloqueó mientras tanto. No se mostró nada de ella. Si vuelve a ocurrir tras iniciar sesión, restáurela desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>become-site: this database&apos;s site code (CUC, PASTO-2…).</source>
        <translation>become-site: el código de sede de esta base de datos (CUC, PASTO-2…).</translation>
    </message>
    <message>
        <source>become-site: office or post.</source>
        <translation>become-site: office (oficina) o post (puesto de campo).</translation>
    </message>
    <message>
        <source>become-site, card: write this site&apos;s card to FILE; send: write the package to FILE.</source>
        <translation>become-site, card: escribir la tarjeta de esta sede en ARCHIVO; send: escribir el paquete en ARCHIVO.</translation>
    </message>
    <message>
        <source>send: the registered site the package is for.</source>
        <translation>send: la sede registrada a la que va el paquete.</translation>
    </message>
    <message>
        <source>sync needs an action: %1.</source>
        <translation>sync necesita una acción: %1.</translation>
    </message>
    <message>
        <source>become-site needs --site CODE and --as office or post.</source>
        <translation>become-site necesita --site CÓDIGO y --as office o post.</translation>
    </message>
    <message>
        <source>add-site needs the other site&apos;s card file.</source>
        <translation>add-site necesita el archivo de la tarjeta de la otra sede.</translation>
    </message>
    <message>
        <source>receive needs the package file.</source>
        <translation>receive necesita el archivo del paquete.</translation>
    </message>
    <message>
        <source>send needs --to CODE and --out FILE.</source>
        <translation>send necesita --to CÓDIGO y --out ARCHIVO.</translation>
    </message>
    <message>
        <source>The card of site %1 was written to %2. Give it to the other side&apos;s administrator.</source>
        <translation>La tarjeta de la sede %1 se escribió en %2. Entréguela a la persona administradora de la otra parte.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it to the other side&apos;s administrator, who must see the same when registering this card)</source>
        <translation>Huella: %1 (léasela a la persona administradora de la otra parte, que debe ver la misma al registrar esta tarjeta)</translation>
    </message>
    <message>
        <source>This database is not a site yet: use sync become-site --site CODE --as office|post.</source>
        <translation>Esta base de datos todavía no es una sede: use sync become-site --site CÓDIGO --as office|post.</translation>
    </message>
    <message>
        <source>Registered %1 (%2). Fingerprint: %3 — it must be the one its administrator read to you; if not, tell them at once.</source>
        <translation>Se registró %1 (%2). Huella: %3 — debe ser la que le leyó su persona administradora; si no, avísele de inmediato.</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 written to %3: %n record(s), %4 removal(s). It opens only with %2&apos;s keys.</source>
        <translation>
            <numerusform>Paquete %1 para %2 escrito en %3: %n registro, %4 eliminación(es). Solo se abre con las claves de %2.</numerusform>
            <numerusform>Paquete %1 para %2 escrito en %3: %n registros, %4 eliminación(es). Solo se abre con las claves de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the number the review list shows.</source>
        <translation>%1 necesita el número que muestra la lista de revisión.</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nada espera revisión.</translation>
    </message>
    <message>
        <source>%1 removed it.</source>
        <translation>%1 lo eliminó.</translation>
    </message>
    <message>
        <source>This database&apos;s version stays; it reaches the other site with the next package.</source>
        <translation>Queda la versión de esta base de datos; llega a la otra sede con el siguiente paquete.</translation>
    </message>
    <message>
        <source>The other site&apos;s version was applied.</source>
        <translation>Se aplicó la versión de la otra sede.</translation>
    </message>
    <message>
        <source>field posts and their office: site cards, registered sites, sending and receiving packages as files or through the office&apos;s server (administrators); the review list (legal staff too)</source>
        <translation>puestos de campo y su oficina: tarjetas de sede, sedes registradas, envío y recepción de paquetes como archivos o por el servidor de la oficina (administradores); la lista de revisión (también el personal jurídico)</translation>
    </message>
    <message>
        <source>become-site, card, add-site, sites, send, receive, office-server, exchange, reviews, keep or take.</source>
        <translation>become-site, card, add-site, sites, send, receive, office-server, exchange, reviews, keep o take.</translation>
    </message>
    <message>
        <source>add-site: the other site&apos;s card; receive: the package; office-server: the office&apos;s server location (none: files only); keep, take: the number reviews shows.</source>
        <translation>add-site: la tarjeta de la otra sede; receive: el paquete; office-server: la ubicación del servidor de la oficina (none: solo archivos); keep, take: el número que muestra reviews.</translation>
    </message>
    <message>
        <source>No office server: packages travel as files.</source>
        <translation>Sin servidor de la oficina: los paquetes viajan como archivos.</translation>
    </message>
    <message>
        <source>The office&apos;s server: %1</source>
        <translation>El servidor de la oficina: %1</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Package %1 from %2 was applied: %3 record(s) added, %4 changed, %5 removed.</source>
        <translation>Se aplicó el paquete %1 de %2: %3 registro(s) agregado(s), %4 modificado(s), %5 quitado(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) had been changed here too: they were not overwritten, and wait in Administration → Review list for someone to choose the version that stays.</source>
        <translation>
            <numerusform>%n registro también se había modificado aquí: no se sobrescribió, y espera en Administración → Lista de revisión a que alguien elija la versión que queda.</numerusform>
            <numerusform>%n registros también se habían modificado aquí: no se sobrescribieron, y esperan en Administración → Lista de revisión a que alguien elija la versión que queda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 was left on the server with %n record(s); %2 applies it at its next exchange.</source>
        <translation>
            <numerusform>El paquete %1 para %2 quedó en el servidor con %n registro; %2 lo aplica en su próximo intercambio.</numerusform>
            <numerusform>El paquete %1 para %2 quedó en el servidor con %n registros; %2 lo aplica en su próximo intercambio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An answer for %1 (package %2, %n record(s)) waits on the server until %1 exchanges.</source>
        <translation>
            <numerusform>Una respuesta para %1 (paquete %2, %n registro) espera en el servidor hasta que %1 intercambie.</numerusform>
            <numerusform>Una respuesta para %1 (paquete %2, %n registros) espera en el servidor hasta que %1 intercambie.</numerusform>
        </translation>
    </message>
    <message>
        <source>No package was waiting on the server.</source>
        <translation>No había ningún paquete esperando en el servidor.</translation>
    </message>
    <message>
        <source>Not applied, left on the server: %1</source>
        <translation>No se aplicó y queda en el servidor: %1</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Review list</source>
        <translation>Lista de revisión</translation>
    </message>
    <message>
        <source>Records waiting for review</source>
        <translation>Registros que esperan revisión</translation>
    </message>
    <message>
        <source>The two versions, field by field</source>
        <translation>Las dos versiones, campo por campo</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>Conservar la versión de esta base de datos</translation>
    </message>
    <message>
        <source>Nothing waits for review: every package applied cleanly.</source>
        <translation>Nada espera revisión: todos los paquetes se aplicaron sin choques.</translation>
    </message>
    <message>
        <source>%1 %2 — from %3, %4</source>
        <translation>%1 %2 — de %3, %4</translation>
    </message>
    <message>
        <source>Take the other site&apos;s version</source>
        <translation>Tomar la versión de la otra sede</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Allá</translation>
    </message>
    <message>
        <source>Remove it, as %1 did</source>
        <translation>Eliminarlo, como hizo %1</translation>
    </message>
    <message>
        <source>Take %1&apos;s version</source>
        <translation>Tomar la versión de %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(el registro entero)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>se conserva</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>These records were changed here and at another site, or removed there while a record here still names them (a person merged into another at a post). Nothing was overwritten or removed: for each, compare the two versions and choose which one stays. The version you keep here reaches the other site with the next package.</source>
        <translation>Estos registros se modificaron aquí y en otra sede, o se eliminaron allá mientras un registro de aquí todavía los nombra (una persona fusionada con otra en un puesto). No se sobrescribió ni se eliminó nada: en cada uno, compare las dos versiones y elija cuál queda. La versión que conserve aquí llega a la otra sede con el siguiente paquete.</translation>
    </message>
</context>
<context>
    <name>SyncReviewService</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Nota del caso</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Verificación de conflictos</translation>
    </message>
    <message>
        <source>Opposing party</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>Evaluación de riesgo</translation>
    </message>
    <message>
        <source>Screening action</source>
        <translation>Acción de la evaluación</translation>
    </message>
    <message>
        <source>Specific need</source>
        <translation>Necesidad específica</translation>
    </message>
    <message>
        <source>Legal procedure</source>
        <translation>Trámite legal</translation>
    </message>
    <message>
        <source>Procedure event</source>
        <translation>Paso del trámite</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Tracing request history</source>
        <translation>Historial de la solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Proposed match</source>
        <translation>Coincidencia propuesta</translation>
    </message>
    <message>
        <source>Family link</source>
        <translation>Vínculo familiar</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>How the date of birth is known</source>
        <translation>Cómo se conoce la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department or state</source>
        <translation>Departamento o estado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Without documents</source>
        <translation>Sin documentos</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profesional del caso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation>Grupo familiar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>read the review list</source>
        <translation>leer la lista de revisión</translation>
    </message>
    <message>
        <source>This record is no longer in the review list: someone decided already.</source>
        <translation>Este registro ya no está en la lista de revisión: alguien ya decidió.</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>registrar la decisión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Fecha del retorno</translation>
    </message>
    <message>
        <source>Returned to</source>
        <translation>Regresó a</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Lugar del retorno</translation>
    </message>
    <message>
        <source>Free and informed decision</source>
        <translation>Decisión libre e informada</translation>
    </message>
</context>
<context>
    <name>SyncRole</name>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Field post</source>
        <translation>Puesto de campo</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The site %1 is not registered here: register its card first.</source>
        <translation>La sede %1 no está registrada aquí: registre primero su tarjeta.</translation>
    </message>
    <message>
        <source>The package could not be written to %1: %2</source>
        <translation>No se pudo escribir el paquete en %1: %2</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>No se pudo leer el paquete %1: %2</translation>
    </message>
    <message>
        <source>This file is not an Amparo package.</source>
        <translation>Este archivo no es un paquete de Amparo.</translation>
    </message>
    <message>
        <source>Package %1 from %2 is older than package %3, which was applied already; nothing was changed.</source>
        <translation>El paquete %1 de %2 es anterior al paquete %3, que ya se aplicó; no se cambió nada.</translation>
    </message>
    <message>
        <source>matching at %1</source>
        <translation>búsqueda de coincidencias en %1</translation>
    </message>
    <message>
        <source>Register the office&apos;s card first (Administration → Field posts and office).</source>
        <translation>Registre primero la tarjeta de la oficina (Administración → Puestos de campo y oficina).</translation>
    </message>
    <message>
        <source>This post does not know its office&apos;s server. Write its location under Administration → Field posts and office, or send packages as files.</source>
        <translation>Este puesto no conoce el servidor de su oficina. Escriba su ubicación en Administración → Puestos de campo y oficina, o envíe los paquetes como archivos.</translation>
    </message>
    <message>
        <source>the office&apos;s server</source>
        <translation>el servidor de la oficina</translation>
    </message>
    <message>
        <source>%1 Nothing is lost: the next package holds everything this one did.</source>
        <translation>%1 No se pierde nada: el próximo paquete lleva todo lo que llevaba este.</translation>
    </message>
    <message>
        <source>Posts leave packages on the office&apos;s server; this office&apos;s database is a file on this computer, so its packages travel as files.</source>
        <translation>Los puestos dejan los paquetes en el servidor de la oficina; la base de datos de esta oficina es un archivo en esta computadora, así que sus paquetes viajan como archivos.</translation>
    </message>
    <message>
        <source>A package left by %1: %2</source>
        <translation>Un paquete dejado por %1: %2</translation>
    </message>
    <message>
        <source>No answer could be left for %1: %2 The next exchange leaves one.</source>
        <translation>No se pudo dejar una respuesta para %1: %2 El próximo intercambio la deja.</translation>
    </message>
</context>
<context>
    <name>SyncSetupService</name>
    <message>
        <source>This site&apos;s keys could not be loaded.</source>
        <translation>No se pudieron cargar las claves de esta sede.</translation>
    </message>
    <message>
        <source>A site code has 1 to 16 letters A–Z, digits or hyphens (for example CUC or PASTO-2).</source>
        <translation>Un código de sede tiene de 1 a 16 letras A–Z, dígitos o guiones (por ejemplo CUC o PASTO-2).</translation>
    </message>
    <message>
        <source>This database is already the site %1 (%2); it cannot become another.</source>
        <translation>Esta base de datos ya es la sede %1 (%2); no puede convertirse en otra.</translation>
    </message>
    <message>
        <source>New keys could not be made for this site.</source>
        <translation>No se pudieron crear claves nuevas para esta sede.</translation>
    </message>
    <message>
        <source>Make this database a site first (its code, and whether it is the office or a field post).</source>
        <translation>Primero convierta esta base de datos en una sede (su código, y si es la oficina o un puesto de campo).</translation>
    </message>
    <message>
        <source>This is this database&apos;s own card (site %1).</source>
        <translation>Esta es la tarjeta de esta misma base de datos (sede %1).</translation>
    </message>
    <message>
        <source>The site %1 is already registered with other keys. If that site really has new keys, ask for help: its packages are refused until then.</source>
        <translation>La sede %1 ya está registrada con otras claves. Si esa sede de verdad tiene claves nuevas, pida ayuda: sus paquetes se rechazan hasta entonces.</translation>
    </message>
    <message>
        <source>This field post already sends to the office %1; a post has one office.</source>
        <translation>Este puesto de campo ya envía a la oficina %1; un puesto tiene una sola oficina.</translation>
    </message>
    <message>
        <source>Only a field post sends to an office&apos;s server; this database is the office.</source>
        <translation>Solo un puesto de campo envía al servidor de una oficina; esta base de datos es la oficina.</translation>
    </message>
</context>
<context>
    <name>SyncSiteRepository</name>
    <message>
        <source>read this database&apos;s site identity</source>
        <translation>leer la identidad de sede de esta base de datos</translation>
    </message>
    <message>
        <source>This database&apos;s site identity is damaged; its packages cannot be made or opened.</source>
        <translation>La identidad de sede de esta base de datos está dañada; no se pueden hacer ni abrir sus paquetes.</translation>
    </message>
    <message>
        <source>save this database&apos;s site identity</source>
        <translation>guardar la identidad de sede de esta base de datos</translation>
    </message>
    <message>
        <source>read the registered sites</source>
        <translation>leer las sedes registradas</translation>
    </message>
    <message>
        <source>register the site %1</source>
        <translation>registrar la sede %1</translation>
    </message>
    <message>
        <source>send the package</source>
        <translation>enviar el paquete</translation>
    </message>
    <message>
        <source>apply the package</source>
        <translation>aplicar el paquete</translation>
    </message>
    <message>
        <source>read the office&apos;s server location</source>
        <translation>leer la ubicación del servidor de la oficina</translation>
    </message>
    <message>
        <source>keep the office&apos;s server location</source>
        <translation>guardar la ubicación del servidor de la oficina</translation>
    </message>
</context>
<context>
    <name>SyncSitesDialog</name>
    <message>
        <source>Make this database a site</source>
        <translation>Convertir esta base de datos en una sede</translation>
    </message>
    <message>
        <source>&amp;Save this site&apos;s card…</source>
        <translation>&amp;Guardar la tarjeta de esta sede…</translation>
    </message>
    <message>
        <source>&amp;Register a site&apos;s card…</source>
        <translation>&amp;Registrar la tarjeta de una sede…</translation>
    </message>
    <message>
        <source>Field posts and office</source>
        <translation>Puestos de campo y oficina</translation>
    </message>
    <message>
        <source>for example CUC or PASTO-2</source>
        <translation>por ejemplo CUC o PASTO-2</translation>
    </message>
    <message>
        <source>A field post that sends to an office</source>
        <translation>Un puesto de campo que envía a una oficina</translation>
    </message>
    <message>
        <source>The office its field posts send to</source>
        <translation>La oficina a la que envían sus puestos de campo</translation>
    </message>
    <message>
        <source>&amp;Make this database a site</source>
        <translation>&amp;Convertir esta base de datos en una sede</translation>
    </message>
    <message>
        <source>A database exchanges packages once it is a site: give it the code its office knows it by. This is done once.</source>
        <translation>Una base de datos intercambia paquetes cuando es una sede: dele el código con el que la conoce su oficina. Esto se hace una sola vez.</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>&amp;Código de sede:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>Último paquete recibido</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Último paquete enviado</translation>
    </message>
    <message>
        <source>Sites this database exchanges packages with:</source>
        <translation>Sedes con las que esta base de datos intercambia paquetes:</translation>
    </message>
    <message>
        <source>This database is the site &lt;b&gt;%1&lt;/b&gt; (%2).&lt;br&gt;Fingerprint of its card: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Esta base de datos es la sede &lt;b&gt;%1&lt;/b&gt; (%2).&lt;br&gt;Huella de su tarjeta: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Save this site&apos;s card</source>
        <translation>Guardar la tarjeta de esta sede</translation>
    </message>
    <message>
        <source>Amparo site cards (*.amparo-card)</source>
        <translation>Tarjetas de sede de Amparo (*.amparo-card)</translation>
    </message>
    <message>
        <source>The card was saved to %1. Give it to the other side&apos;s administrator and read them its fingerprint: %2</source>
        <translation>La tarjeta se guardó en %1. Entréguela a la persona administradora de la otra parte y léale su huella: %2</translation>
    </message>
    <message>
        <source>Register a site&apos;s card</source>
        <translation>Registrar la tarjeta de una sede</translation>
    </message>
    <message>
        <source>The site %1 is registered. Its fingerprint is %2: it must be the one its administrator reads to you. If it is not, tell them at once.</source>
        <translation>La sede %1 quedó registrada. Su huella es %2: debe ser la que le lee su persona administradora. Si no lo es, avísele de inmediato.</translation>
    </message>
    <message>
        <source>The office&apos;s server</source>
        <translation>El servidor de la oficina</translation>
    </message>
    <message>
        <source>for example postgresql://office-server/amparo</source>
        <translation>por ejemplo postgresql://office-server/amparo</translation>
    </message>
    <message>
        <source>Sa&amp;ve the location</source>
        <translation>&amp;Guardar la ubicación</translation>
    </message>
    <message>
        <source>When this post can reach its office&apos;s server, File → Exchange packages through the server leaves its package there and collects the office&apos;s answer, without a file. Write the location the office&apos;s administrator gives you; leave it empty to exchange files only.</source>
        <translation>Cuando este puesto puede llegar al servidor de su oficina, Archivo → Intercambiar paquetes por el servidor deja allí su paquete y recoge la respuesta de la oficina, sin archivos. Escriba la ubicación que le dé el administrador de la oficina; déjela vacía para intercambiar solo archivos.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>This post now exchanges packages as files only.</source>
        <translation>Este puesto ahora intercambia paquetes solo como archivos.</translation>
    </message>
    <message>
        <source>Saved. File → Exchange packages through the server now reaches the office&apos;s server.</source>
        <translation>Guardado. Archivo → Intercambiar paquetes por el servidor ahora llega al servidor de la oficina.</translation>
    </message>
</context>
<context>
    <name>TableGraph</name>
    <message>
        <source>list the tables of the database</source>
        <translation>listar las tablas de la base de datos</translation>
    </message>
    <message>
        <source>The tables of the database refer to each other in a circle.</source>
        <translation>Las tablas de la base de datos se refieren unas a otras en círculo.</translation>
    </message>
</context>
<context>
    <name>TabularSource</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 no se pudo abrir: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB. Split it into smaller files and import each.</source>
        <translation>%1 ocupa más de 2 GB. Divídalo en archivos más pequeños e importe cada uno.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 workbook (.xls). Open it in your spreadsheet program, save it as .xlsx or CSV, and import that.</source>
        <translation>%1 es un libro antiguo de Excel 97–2003 (.xls). Ábralo en su hoja de cálculo, guárdelo como .xlsx o CSV e importe ese archivo.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>TracingMatcher</name>
    <message>
        <source>same sex</source>
        <translation>mismo sexo</translation>
    </message>
    <message>
        <source>born %1 vs %2</source>
        <translation>nacido/a en %1 frente a %2</translation>
    </message>
    <message>
        <source>last known in %1, now in %2</source>
        <translation>último lugar conocido %1, ahora en %2</translation>
    </message>
    <message>
        <source>last known in %1, registered there</source>
        <translation>último lugar conocido %1, registrado/a allí</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>misma nacionalidad</translation>
    </message>
</context>
<context>
    <name>TracingRequestDialog</name>
    <message>
        <source>Register a tracing request</source>
        <translation>Registrar una solicitud de búsqueda</translation>
    </message>
    <message>
        <source>Tracing request %1</source>
        <translation>Solicitud de búsqueda %1</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Quién pregunta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Person asking</source>
        <translation>Persona que pregunta</translation>
    </message>
    <message>
        <source>The person sought is their</source>
        <translation>La persona buscada es su</translation>
    </message>
    <message>
        <source>phone, shelter, or organisation that passes the message</source>
        <translation>teléfono, albergue u organización que pasa el mensaje</translation>
    </message>
    <message>
        <source>How to answer them</source>
        <translation>Cómo responderle</translation>
    </message>
    <message>
        <source>Who is sought</source>
        <translation>A quién se busca</translation>
    </message>
    <message>
        <source>nicknames, other spellings — comma between them</source>
        <translation>apodos, otras formas de escribirlo — separados por comas</translation>
    </message>
    <message>
        <source>town, crossing, shelter</source>
        <translation>pueblo, paso fronterizo, albergue</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 15/11/2025</source>
        <translation>2025, 2025-11 o 15/11/2025</translation>
    </message>
    <message>
        <source>how and where they were separated</source>
        <translation>cómo y dónde se separaron</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocido/a como</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Last known country</source>
        <translation>Último país conocido</translation>
    </message>
    <message>
        <source>Last known place</source>
        <translation>Último lugar conocido</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto/a por última vez</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Register and look</source>
        <translation>Registrar y buscar</translation>
    </message>
    <message>
        <source>Save and look again</source>
        <translation>Guardar y buscar de nuevo</translation>
    </message>
    <message>
        <source>Write the date as 2025, 2025-11 or 15/11/2025.</source>
        <translation>Escriba la fecha como 2025, 2025-11 o 15/11/2025.</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo apellido</translation>
    </message>
</context>
<context>
    <name>TracingRequestRepository</name>
    <message>
        <source>save the tracing request</source>
        <translation>guardar la solicitud de búsqueda</translation>
    </message>
    <message>
        <source>The tracing request was changed by someone else after you opened it. Open it again to see the changes.</source>
        <translation>Otra persona modificó la solicitud de búsqueda después de que usted la abrió. Ábrala de nuevo para ver los cambios.</translation>
    </message>
    <message>
        <source>The tracing request no longer exists.</source>
        <translation>La solicitud de búsqueda ya no existe.</translation>
    </message>
</context>
<context>
    <name>TracingRequestsModel</name>
    <message>
        <source>%1 (seeks their %2)</source>
        <translation>%1 (busca a su %2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Buscado/a</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
</context>
<context>
    <name>TracingRequestsView</name>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>With matches to review</source>
        <translation>Con coincidencias por revisar</translation>
    </message>
    <message>
        <source>Reunited or closed</source>
        <translation>Reunificadas o cerradas</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Look again for all open requests</source>
        <translation>Buscar de nuevo para todas las solicitudes abiertas</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Review the match…</source>
        <translation>Revisar la coincidencia…</translation>
    </message>
    <message>
        <source>Change the request…</source>
        <translation>Modificar la solicitud…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Cerrar…</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Búsqueda de familiares</translation>
    </message>
    <message numerus="yes">
        <source>%n child match(es) wait for legal staff</source>
        <translation>
            <numerusform>%n coincidencia de niño/a espera al equipo legal</numerusform>
            <numerusform>%n coincidencias de niños/as esperan al equipo legal</numerusform>
        </translation>
    </message>
    <message>
        <source>No request here.</source>
        <translation>No hay solicitudes aquí.</translation>
    </message>
    <message>
        <source>%1 · %2 looks for their %4, %3 · %5</source>
        <translation>%1 · %2 busca a su %4, %3 · %5</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocido/a como</translation>
    </message>
    <message>
        <source>Last known in</source>
        <translation>Último lugar conocido</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto/a por última vez</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Answer to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Cerrada porque</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>This match was reviewed already: %1 by %2.</source>
        <translation>Esta coincidencia ya fue revisada: %1 por %2.</translation>
    </message>
    <message>
        <source>Looking again for every open request…</source>
        <translation>Buscando de nuevo para cada solicitud abierta…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n possible match(es) wait for review.</source>
        <translation>
            <numerusform>Listo: %n posible coincidencia espera revisión.</numerusform>
            <numerusform>Listo: %n posibles coincidencias esperan revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Qué solicitudes</translation>
    </message>
</context>
<context>
    <name>TracingService</name>
    <message>
        <source>At most %1 characters can be written here.</source>
        <translation>Aquí se pueden escribir como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose the site where the request is made.</source>
        <translation>Elija la sede donde se hace la solicitud.</translation>
    </message>
    <message>
        <source>Enter the name of the person asking.</source>
        <translation>Escriba el nombre de la persona que pregunta.</translation>
    </message>
    <message>
        <source>The request cannot be dated in the future.</source>
        <translation>La solicitud no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>Enter at least one name of the person sought.</source>
        <translation>Escriba al menos un nombre de la persona buscada.</translation>
    </message>
    <message>
        <source>The date last seen cannot be in the future.</source>
        <translation>La fecha en que se vio por última vez no puede ser futura.</translation>
    </message>
    <message>
        <source>Choose a nationality from the list.</source>
        <translation>Elija una nacionalidad de la lista.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>The request is closed already.</source>
        <translation>La solicitud ya está cerrada.</translation>
    </message>
    <message>
        <source>Confirm the match of the person found before recording the reunion.</source>
        <translation>Confirme la coincidencia de la persona encontrada antes de registrar la reunificación.</translation>
    </message>
    <message>
        <source>Say why the request is closed.</source>
        <translation>Indique por qué se cierra la solicitud.</translation>
    </message>
    <message>
        <source>The request is open already.</source>
        <translation>La solicitud ya está abierta.</translation>
    </message>
    <message>
        <source>Say why the request is opened again.</source>
        <translation>Indique por qué se reabre la solicitud.</translation>
    </message>
    <message>
        <source>This match concerns an unaccompanied or separated child: legal staff review it before anyone is contacted. It stays pending for them.</source>
        <translation>Esta coincidencia se refiere a un niño, niña o adolescente no acompañado o separado: el equipo legal la revisa antes de contactar a nadie. Queda pendiente para ellos.</translation>
    </message>
    <message>
        <source>The request is closed; open it again to review its matches.</source>
        <translation>La solicitud está cerrada; reábrala para revisar sus coincidencias.</translation>
    </message>
    <message>
        <source>match confirmed: %1</source>
        <translation>coincidencia confirmada: %1</translation>
    </message>
    <message>
        <source>match rejected: %1</source>
        <translation>coincidencia rechazada: %1</translation>
    </message>
    <message>
        <source>Matching stopped after %1 of %2 requests; what was found so far is kept.</source>
        <translation>La búsqueda se detuvo tras %1 de %2 solicitudes; se conserva lo encontrado hasta ahora.</translation>
    </message>
</context>
<context>
    <name>TracingStatus</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Coincidencia propuesta</translation>
    </message>
    <message>
        <source>Reunited</source>
        <translation>Reunificada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>TracingView</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Solicitudes de búsqueda</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>start writing to the database</source>
        <translation>empezar a escribir en la base de datos</translation>
    </message>
    <message>
        <source>Nothing to commit: the transaction was not started.</source>
        <translation>Nada que confirmar: la transacción no se inició.</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>leer la base de datos</translation>
    </message>
</context>
<context>
    <name>TransferCaseDialog</name>
    <message>
        <source>Hand the case to the office</source>
        <translation>Entregar el caso a la oficina</translation>
    </message>
    <message>
        <source>From now on the office %1 keeps case %2: it changes the case and everything that belongs to it. Here you will read it as it is now. The hand-over reaches the office with the next package.</source>
        <translation>Desde ahora la oficina %1 lleva el caso %2: modifica el caso y todo lo que le pertenece. Aquí lo consultará tal como está ahora. La entrega llega a la oficina con el siguiente paquete.</translation>
    </message>
    <message>
        <source>the family moved inland, the office&apos;s lawyer takes it…</source>
        <translation>la familia se trasladó al interior, la abogada de la oficina lo asume…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Hand to %1</source>
        <translation>Entregar a %1</translation>
    </message>
</context>
<context>
    <name>TransferKind</name>
    <message>
        <source>Referral form</source>
        <translation>Formulario de remisión</translation>
    </message>
    <message>
        <source>Referral package</source>
        <translation>Paquete de remisión</translation>
    </message>
    <message>
        <source>Package to another site</source>
        <translation>Paquete a otra sede</translation>
    </message>
</context>
<context>
    <name>TransferRepository</name>
    <message>
        <source>record the transfer of personal data</source>
        <translation>registrar la transferencia de datos personales</translation>
    </message>
    <message>
        <source>read the transfers of personal data</source>
        <translation>leer las transferencias de datos personales</translation>
    </message>
</context>
<context>
    <name>TransfersDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>the case number only</source>
        <translation>solo el número de caso</translation>
    </message>
    <message>
        <source>Transfers of personal data</source>
        <translation>Transferencias de datos personales</translation>
    </message>
    <message>
        <source>What carried personal data out of this database, newest first: to whom, and the data-sharing agreement it relied on.</source>
        <translation>Lo que llevó datos personales fuera de esta base de datos, lo más reciente primero: a quién, y el acuerdo de intercambio de datos en que se basó.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>(within the organisation)</source>
        <translation>(dentro de la organización)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Nothing has been transferred yet.</source>
        <translation>Aún no se ha transferido nada.</translation>
    </message>
    <message>
        <source>An agreement shown as “none recorded”: add it to the partner under Administration → Partner organisations.</source>
        <translation>Un acuerdo que aparece como «ninguno registrado»: agréguelo a la organización en Administración → Organizaciones aliadas.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>save the user</source>
        <translation>guardar el usuario</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>change the user</source>
        <translation>modificar el usuario</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 2 to 40 letters, digits, dots, dashes or @, without spaces.</source>
        <translation>Un nombre de usuario tiene de 2 a 40 letras, dígitos, puntos, guiones o @, sin espacios.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 100 characters).</source>
        <translation>Ingrese el nombre de la persona (como máximo 100 caracteres).</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Ya existe un usuario llamado %1.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation>No hay memoria suficiente para proteger la frase de contraseña.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>El usuario ya no existe.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator. Make another user administrator first.</source>
        <translation>%1 es el único administrador activo. Primero haga administrador a otro usuario.</translation>
    </message>
    <message>
        <source>This database is encrypted and %1&apos;s passphrase was taken out of its keys: reactivate %1 with a new passphrase.</source>
        <translation>Esta base de datos está cifrada y la frase de contraseña de %1 se quitó de sus claves: reactive a %1 con una nueva frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>list, add, reset-passphrase, set-role, deactivate or activate users (administrators)</source>
        <translation>listar, agregar, restablecer frase, cambiar rol, desactivar o activar usuarios (administradores)</translation>
    </message>
    <message>
        <source>list, add, reset-passphrase, set-role, deactivate or activate.</source>
        <translation>list, add, reset-passphrase, set-role, deactivate o activate.</translation>
    </message>
    <message>
        <source>The user name (all actions but list and add).</source>
        <translation>El nombre de usuario (todas las acciones salvo list y add).</translation>
    </message>
    <message>
        <source>add: the new user&apos;s user name.</source>
        <translation>add: el nombre de usuario del nuevo usuario.</translation>
    </message>
    <message>
        <source>add: the new user&apos;s full name.</source>
        <translation>add: el nombre completo del nuevo usuario.</translation>
    </message>
    <message>
        <source>add, set-role: administrator, legal_staff, volunteer or coordinator.</source>
        <translation>add, set-role: administrator, legal_staff, volunteer o coordinator.</translation>
    </message>
    <message>
        <source>users needs an action: %1.</source>
        <translation>users necesita una acción: %1.</translation>
    </message>
    <message>
        <source>--role must be administrator, legal_staff, volunteer or coordinator.</source>
        <translation>--role debe ser administrator, legal_staff, volunteer o coordinator.</translation>
    </message>
    <message>
        <source>users add needs --username, --name and --role.</source>
        <translation>users add necesita --username, --name y --role.</translation>
    </message>
    <message>
        <source>First passphrase for %1: </source>
        <translation>Primera frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>No passphrase was given for the new user.</source>
        <translation>No se indicó la frase de contraseña del nuevo usuario.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Usuario %1 agregado.</translation>
    </message>
    <message>
        <source>users %1 needs a user name.</source>
        <translation>users %1 necesita un nombre de usuario.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nueva frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>No se indicó ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>users set-role needs --role.</source>
        <translation>users set-role necesita --role.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>Restablecer frase de contraseña…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Primero elija un usuario.</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Restablecer frase de contraseña</translation>
    </message>
    <message>
        <source>Give %1 a new passphrase, and tell it to them in person.</source>
        <translation>Dé a %1 una nueva frase de contraseña y comuníquesela en persona.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reactivar a %1</translation>
    </message>
    <message>
        <source>The database is encrypted, so %1 comes back with a new passphrase. Tell it to them in person.</source>
        <translation>La base de datos está cifrada, así que %1 vuelve con una nueva frase de contraseña. Dígasela en persona.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>Cell %1 refers to a text the workbook does not contain.</source>
        <translation>La celda %1 remite a un texto que el libro no contiene.</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula that failed in the spreadsheet (%2).</source>
        <translation>La celda %1 tiene una fórmula que falló en la hoja de cálculo (%2).</translation>
    </message>
    <message>
        <source>Cell %1 holds a date the spreadsheet cannot show (%2).</source>
        <translation>La celda %1 tiene una fecha que la hoja de cálculo no puede mostrar (%2).</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula whose result is not saved in the file. Open the file in your spreadsheet program, save it, and import it again.</source>
        <translation>La celda %1 tiene una fórmula cuyo resultado no está guardado en el archivo. Abra el archivo en su hoja de cálculo, guárdelo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %L2 characters; no field of a record is this long.</source>
        <translation>La celda %1 tiene más de %L2 caracteres; ningún campo de un registro es tan largo.</translation>
    </message>
    <message>
        <source>The row has more than %L1 columns.</source>
        <translation>La fila tiene más de %L1 columnas.</translation>
    </message>
    <message>
        <source>The sheet ends in the middle of row %1: the file is cut short or damaged.</source>
        <translation>La hoja termina en medio de la fila %1: el archivo está cortado o dañado.</translation>
    </message>
    <message>
        <source>The sheet cannot be read after row %1 (%2): the file is damaged.</source>
        <translation>La hoja no se puede leer después de la fila %1 (%2): el archivo está dañado.</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <source>The sheet %1 is empty: there is nothing to import.</source>
        <translation>La hoja %1 está vacía: no hay nada que importar.</translation>
    </message>
    <message>
        <source>The first row of the sheet %1 cannot be read as column names: %2</source>
        <translation>La primera fila de la hoja %1 no se puede leer como nombres de columnas: %2</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Libro de Excel, hoja %1</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>This spreadsheet is damaged or not an Excel workbook (%1). Open it in your spreadsheet program and save it again as .xlsx, or as CSV.</source>
        <translation>Esta hoja de cálculo está dañada o no es un libro de Excel (%1). Ábrala en su hoja de cálculo y guárdela de nuevo como .xlsx o como CSV.</translation>
    </message>
    <message>
        <source>%1 could not be opened as an Excel workbook (%2).</source>
        <translation>%1 no se pudo abrir como libro de Excel (%2).</translation>
    </message>
    <message>
        <source>This file could not be opened as an Excel workbook (%1).</source>
        <translation>Este archivo no se pudo abrir como libro de Excel (%1).</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>no tiene hojas</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>El libro no tiene hoja %1.</translation>
    </message>
    <message>
        <source>the sheet %1 is missing</source>
        <translation>falta la hoja %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case management for organisations serving refugees and migrants.</source>
        <translation>Gestión de casos para organizaciones que atienden a personas refugiadas y migrantes.</translation>
    </message>
    <message>
        <source>Open this database file, or an office server&apos;s database (postgresql://server/database), instead of the default one.</source>
        <translation>Abrir este archivo de base de datos, o la base de datos del servidor de la oficina (postgresql://servidor/base), en lugar del predeterminado.</translation>
    </message>
</context>
</TS>
