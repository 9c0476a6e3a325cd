<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Sign in first.</source>
        <translation>Entre primeiro.</translation>
    </message>
    <message>
        <source>Not permitted: as %1 you may not %2. Ask an administrator if you need to.</source>
        <translation>Não permitido: como %1 você não pode %2. Se precisar, peça a um administrador.</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feita</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Não possível</translation>
    </message>
</context>
<context>
    <name>AddCaseCommand</name>
    <message>
        <source>register a case with its principal person; prints the case number</source>
        <translation>registrar um caso com sua pessoa principal; mostra o número do caso</translation>
    </message>
    <message>
        <source>Site code (optional when there is one site).</source>
        <translation>Código do local (opcional quando há um só local).</translation>
    </message>
    <message>
        <source>Given name(s).</source>
        <translation>Nome(s).</translation>
    </message>
    <message>
        <source>First family name.</source>
        <translation>Primeiro sobrenome.</translation>
    </message>
    <message>
        <source>Second family name.</source>
        <translation>Segundo sobrenome.</translation>
    </message>
    <message>
        <source>Another name or alias (repeatable).</source>
        <translation>Outro nome ou apelido (pode repetir).</translation>
    </message>
    <message>
        <source>F, M, X (other) or U (unknown).</source>
        <translation>F, M, X (outro) ou U (desconhecido).</translation>
    </message>
    <message>
        <source>Date of birth: 2012-05-03, 03/05/2012, 2012-05, 2012, or ~40 for about 40 years old.</source>
        <translation>Data de nascimento: 2012-05-03, 03/05/2012, 2012-05, 2012, ou ~40 para cerca de 40 anos.</translation>
    </message>
    <message>
        <source>Nationality, ISO code or name (repeatable).</source>
        <translation>Nacionalidade, código ISO ou nome (pode repetir).</translation>
    </message>
    <message>
        <source>The person has no identity document.</source>
        <translation>A pessoa não tem nenhum documento de identidade.</translation>
    </message>
    <message>
        <source>Contact phone.</source>
        <translation>Telefone de contato.</translation>
    </message>
    <message>
        <source>Country where the person is now.</source>
        <translation>País onde a pessoa está agora.</translation>
    </message>
    <message>
        <source>First-level division where the person is now (e.g. CO-NSA).</source>
        <translation>Estado, departamento ou província onde a pessoa está agora (p. ex. CO-NSA).</translation>
    </message>
    <message>
        <source>Town or place where the person is now.</source>
        <translation>Cidade ou lugar onde a pessoa está agora.</translation>
    </message>
    <message>
        <source>Registration date (default: today).</source>
        <translation>Data de registro (padrão: hoje).</translation>
    </message>
    <message>
        <source>Assigned caseworker.</source>
        <translation>Profissional responsável pelo caso.</translation>
    </message>
    <message>
        <source>A first note on the case.</source>
        <translation>Uma primeira nota no caso.</translation>
    </message>
    <message>
        <source>Consent given, comma-separated: registration, referral, tracing.</source>
        <translation>Consentimento dado, separado por vírgulas: registration, referral, tracing.</translation>
    </message>
    <message>
        <source>--sex must be F, M, X or U.</source>
        <translation>--sex deve ser F, M, X ou U.</translation>
    </message>
    <message>
        <source>--born: “%1” is not a date Amparo understands (for example 2012-05-03, 2012 or ~40).</source>
        <translation>--born: “%1” não é uma data que o Amparo entenda (por exemplo 2012-05-03, 2012 ou ~40).</translation>
    </message>
    <message>
        <source>--registered must be a full date, for example 2026-05-03.</source>
        <translation>--registered deve ser uma data completa, por exemplo 2026-05-03.</translation>
    </message>
    <message>
        <source>--consent takes registration, referral and tracing.</source>
        <translation>--consent aceita registration, referral e tracing.</translation>
    </message>
    <message>
        <source>There is no site %1. Add it with amparo-cli add-site.</source>
        <translation>Não existe o local %1. Adicione-o com amparo-cli add-site.</translation>
    </message>
    <message>
        <source>There is no site yet. Add one with amparo-cli add-site.</source>
        <translation>Ainda não há nenhum local. Adicione um com amparo-cli add-site.</translation>
    </message>
    <message>
        <source>There are several sites: choose one with --site.</source>
        <translation>Há vários locais: escolha um com --site.</translation>
    </message>
    <message>
        <source>Identity document TYPE:COUNTRY:NUMBER[:EXPIRES]; TYPE is passport, national_id, birth_certificate, residence_permit, asylum_document or other; EXPIRES is YYYY-MM-DD (repeatable).</source>
        <translation>Documento de identidade TIPO:PAÍS:NÚMERO[:VENCE]; TIPO é passport, national_id, birth_certificate, residence_permit, asylum_document ou other; VENCE é AAAA-MM-DD (repetível).</translation>
    </message>
    <message>
        <source>--document must be TYPE:COUNTRY:NUMBER or TYPE:COUNTRY:NUMBER:EXPIRES, for example national_id:VEN:V-12345678 or passport:VEN:123456789:2027-03-31.</source>
        <translation>--document deve ser TIPO:PAÍS:NÚMERO ou TIPO:PAÍS:NÚMERO:VENCE, por exemplo national_id:VEN:V-12345678 ou passport:VEN:123456789:2027-03-31.</translation>
    </message>
    <message>
        <source>Who recorded the consent (default: the signed-in user).</source>
        <translation>Quem registrou o consentimento (por padrão: a pessoa conectada).</translation>
    </message>
    <message>
        <source>Why this is a new person although Amparo lists registered persons who may be them (kept in the audit trail).</source>
        <translation>Por que é uma pessoa nova embora o Amparo liste pessoas registradas que podem ser ela (fica no registro de auditoria).</translation>
    </message>
    <message>
        <source>(no case)</source>
        <translation>(sem caso)</translation>
    </message>
    <message>
        <source>Registered persons may be this one:%1
Nothing was saved. If this is someone else, say why with --new-person-reason TEXT.</source>
        <translation>Estas pessoas registradas podem ser esta:%1
Nada foi salvo. Se for outra pessoa, diga por que com --new-person-reason TEXTO.</translation>
    </message>
</context>
<context>
    <name>AddSiteCommand</name>
    <message>
        <source>add a site where cases are registered</source>
        <translation>adicionar um local onde os casos são registrados</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um usuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>First passphrase</source>
        <translation>Primeira frase-senha</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>&lt;small&gt;&lt;b&gt;Legal staff&lt;/b&gt; register and follow cases. &lt;b&gt;Volunteers&lt;/b&gt; see only what family reunification needs. &lt;b&gt;Coordinators&lt;/b&gt; see anonymized statistics only. &lt;b&gt;Administrators&lt;/b&gt; also manage users, backups and the audit trail.&lt;/small&gt;</source>
        <translation>&lt;small&gt;A &lt;b&gt;equipe jurídica&lt;/b&gt; registra e acompanha os casos. Os &lt;b&gt;voluntários&lt;/b&gt; veem só o que a reunificação familiar precisa. Os &lt;b&gt;coordenadores&lt;/b&gt; veem apenas estatísticas anonimizadas. Os &lt;b&gt;administradores&lt;/b&gt; também gerenciam usuários, cópias de segurança e o registro de auditoria.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
</context>
<context>
    <name>Admin1ComboBox</name>
    <message>
        <source>— not recorded —</source>
        <translation>— não registrado —</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases secretas não são iguais.</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>A pessoa administradora</translation>
    </message>
    <message>
        <source>Step 1 of 3</source>
        <translation>Passo 1 de 3</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
    <message>
        <source>Create the administrator: the person who adds the others, makes backups and reads the audit trail. Choose a passphrase of several words that only you know; it cannot be recovered if it is forgotten.</source>
        <translation>Crie a conta de administrador: a pessoa que adiciona as demais, faz as cópias de segurança e lê o registro de auditoria. Escolha uma frase secreta de várias palavras que só você conheça; se for esquecida, não pode ser recuperada.</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita a frase-senha</translation>
    </message>
</context>
<context>
    <name>AgeGroup</name>
    <message>
        <source>0–4 years</source>
        <translation>0–4 anos</translation>
    </message>
    <message>
        <source>5–11 years</source>
        <translation>5–11 anos</translation>
    </message>
    <message>
        <source>12–17 years</source>
        <translation>12–17 anos</translation>
    </message>
    <message>
        <source>18–59 years</source>
        <translation>18–59 anos</translation>
    </message>
    <message>
        <source>60 years or more</source>
        <translation>60 anos ou mais</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Idade desconhecida</translation>
    </message>
</context>
<context>
    <name>AggregateCsvWriter</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>No table of this report can be shown safely, so there is nothing to write.</source>
        <translation>Nenhuma tabela deste relatório pode ser mostrada com segurança, então não há nada a escrever.</translation>
    </message>
</context>
<context>
    <name>AggregateDefinition</name>
    <message>
        <source>The title can have at most 200 characters.</source>
        <translation>O título pode ter no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Break the counts down by at most %1 things at once.</source>
        <translation>Desagregue as contagens por no máximo %1 critérios de cada vez.</translation>
    </message>
    <message>
        <source>“%1” is chosen twice.</source>
        <translation>“%1” foi escolhido duas vezes.</translation>
    </message>
    <message>
        <source>Choose one of month, quarter or year, not several.</source>
        <translation>Escolha mês, trimestre ou ano, não vários.</translation>
    </message>
    <message>
        <source>Choose one kind of age group, not both.</source>
        <translation>Escolha um só tipo de faixa etária, não os dois.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write it as 2026-03.</source>
        <translation>“%1” não é um mês; escreva como 2026-03.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>O período termina antes de começar.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (use three letters, like COL).</source>
        <translation>“%1” não é um código de país (use três letras, como COL).</translation>
    </message>
    <message>
        <source>A site code is empty or too long.</source>
        <translation>Um código de unidade está vazio ou é longo demais.</translation>
    </message>
    <message>
        <source>The smallest count shown must be between %1 and %2.</source>
        <translation>A menor contagem exibida deve estar entre %1 e %2.</translation>
    </message>
    <message>
        <source>This is not a usable export definition: %1</source>
        <translation>Esta não é uma definição de exportação utilizável: %1</translation>
    </message>
    <message>
        <source>the file is far too large.</source>
        <translation>o arquivo é grande demais.</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>não é JSON.</translation>
    </message>
    <message>
        <source>it is not an Amparo export definition of a version this Amparo reads.</source>
        <translation>não é uma definição de exportação do Amparo de uma versão que este Amparo leia.</translation>
    </message>
    <message>
        <source>it has an unknown entry “%1”.</source>
        <translation>tem uma entrada desconhecida “%1”.</translation>
    </message>
    <message>
        <source>an entry that should be text is not.</source>
        <translation>uma entrada que deveria ser texto não é.</translation>
    </message>
    <message>
        <source>“%1” is not something Amparo counts.</source>
        <translation>“%1” não é algo que o Amparo conte.</translation>
    </message>
    <message>
        <source>“by” must be a list.</source>
        <translation>“by” deve ser uma lista.</translation>
    </message>
    <message>
        <source>“%1” is not something counts can be broken down by.</source>
        <translation>“%1” não é um critério pelo qual as contagens possam ser desagregadas.</translation>
    </message>
    <message>
        <source>“sites” must be a list.</source>
        <translation>“sites” deve ser uma lista.</translation>
    </message>
    <message>
        <source>a site code is not text.</source>
        <translation>um código de unidade não é texto.</translation>
    </message>
    <message>
        <source>the smallest count shown must be a whole number.</source>
        <translation>a menor contagem exibida deve ser um número inteiro.</translation>
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
        <translation>o início</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>sites %1</source>
        <translation>unidades %1</translation>
    </message>
</context>
<context>
    <name>AggregateQuery</name>
    <message>
        <source>%1 cannot be broken down by “%2”. They can be by: %3.</source>
        <translation>%1 não pode ser desagregado por “%2”. Pode ser por: %3.</translation>
    </message>
</context>
<context>
    <name>AggregateService</name>
    <message>
        <source>The smallest count shown must be between %1 and %2.</source>
        <translation>A menor contagem exibida deve estar entre %1 e %2.</translation>
    </message>
    <message>
        <source>Specific needs are never counted per site. Count them by department, state or province, or by country.</source>
        <translation>As necessidades específicas nunca são contadas por unidade. Conte-as por departamento, estado ou província, ou por país.</translation>
    </message>
    <message>
        <source>Leave out “%1” (%2 different values), or widen the period or the sites.</source>
        <translation>Retire “%1” (%2 valores diferentes), ou amplie o período ou as unidades.</translation>
    </message>
    <message>
        <source>Widen the period or the sites.</source>
        <translation>Amplie o período ou as unidades.</translation>
    </message>
    <message>
        <source>This breakdown would have %L1 combinations: too fine to read or to publish safely. %2</source>
        <translation>Esta desagregação teria %L1 combinações: fina demais para ler ou publicar com segurança. %2</translation>
    </message>
    <message>
        <source>Too fine to publish: %1 of the %2 counts are below %3 and would be hidden. %4</source>
        <translation>Fino demais para publicar: %1 das %2 contagens são menores que %3 e ficariam ocultas. %4</translation>
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
        <translation>Idade desconhecida</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sem avaliação</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Sem procedimento</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Ainda sem decisão</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Within a week</source>
        <translation>Em uma semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais adiante</translation>
    </message>
    <message>
        <source>Counts from 1 to %1 are hidden (primary suppression: %2 cells); where a hidden count could be worked out from a total, the next smallest count in that total is hidden too (complementary suppression: %3 cells). Totals are computed before anything is hidden and are hidden by the same rule. Zeros are shown. No name, document, date of birth, contact, note, case number or record identifier is exported; periods are never finer than a month.</source>
        <translation>As contagens de 1 a %1 são ocultadas (supressão primária: %2 células); onde uma contagem oculta poderia ser deduzida de um total, a próxima menor contagem desse total também é ocultada (supressão complementar: %3 células). Os totais são calculados antes de ocultar qualquer coisa e são ocultados pela mesma regra. Os zeros são exibidos. Nenhum nome, documento, data de nascimento, contato, nota, número de caso ou identificador de registro é exportado; os períodos nunca são menores que um mês.</translation>
    </message>
    <message>
        <source>%1 (code)</source>
        <translation>%1 (código)</translation>
    </message>
    <message>
        <source>Hidden (counts below %1, and counts that would reveal them)</source>
        <translation>Oculto (contagens menores que %1 e contagens que as revelariam)</translation>
    </message>
    <message>
        <source>Other (fewer than %1 each)</source>
        <translation>Outros (menos de %1 cada)</translation>
    </message>
    <message>
        <source>Not at heightened risk</source>
        <translation>Sem risco elevado</translation>
    </message>
    <message>
        <source>Received from others</source>
        <translation>Recebidos de outras organizações</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Em até 24 horas</translation>
    </message>
    <message>
        <source>Within 72 hours</source>
        <translation>Em até 72 horas</translation>
    </message>
    <message>
        <source>Within 2 weeks</source>
        <translation>Em até 2 semanas</translation>
    </message>
    <message>
        <source>After 2 weeks</source>
        <translation>Depois de 2 semanas</translation>
    </message>
    <message>
        <source>Told in a case</source>
        <translation>Relatado em um caso</translation>
    </message>
    <message>
        <source>Told in a monitoring interview</source>
        <translation>Relatado em uma entrevista de monitoramento</translation>
    </message>
</context>
<context>
    <name>AggregateTableModel</name>
    <message>
        <source>Hidden to protect the people counted</source>
        <translation>Oculto para proteger as pessoas contadas</translation>
    </message>
</context>
<context>
    <name>AggregateXlsxWriter</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>O que é contado</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Desagregado por</translation>
    </message>
    <message>
        <source>Nothing (one total)</source>
        <translation>Nada (um só total)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The first record</source>
        <translation>O primeiro registro</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>The day it was made</source>
        <translation>O dia em que foi feito</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Unidades</translation>
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
        <translation>Menor contagem exibida</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <source>“—” means</source>
        <translation>“—” significa</translation>
    </message>
    <message>
        <source>hidden to protect the people counted</source>
        <translation>oculto para proteger as pessoas contadas</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Feito com</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Planilha %1</translation>
    </message>
    <message>
        <source>Nothing could be shown safely.</source>
        <translation>Nada pôde ser mostrado com segurança.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>verify, list or export the audit trail (administrators)</source>
        <translation>verificar, listar ou exportar o registro de auditoria (administradores)</translation>
    </message>
    <message>
        <source>verify, list or export.</source>
        <translation>verify, list ou export.</translation>
    </message>
    <message>
        <source>Only what this user did.</source>
        <translation>Só o que este usuário fez.</translation>
    </message>
    <message>
        <source>Only this kind of action (sign_in, case, case.open, user, backup…).</source>
        <translation>Só este tipo de ação (sign_in, case, case.open, user, backup…).</translation>
    </message>
    <message>
        <source>Only entries about this record (a case number, a user name).</source>
        <translation>Só entradas sobre este registro (um número de caso, um nome de usuário).</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation>A partir desta data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation>Até esta data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>list: at most this many entries.</source>
        <translation>list: no máximo esta quantidade de entradas.</translation>
    </message>
    <message>
        <source>export: the CSV file to write.</source>
        <translation>export: o arquivo CSV a gravar.</translation>
    </message>
    <message>
        <source>audit needs an action: verify, list or export.</source>
        <translation>audit precisa de uma ação: verify, list ou export.</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-05-31.</source>
        <translation>--%1 deve ser uma data como 2026-05-31.</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export precisa de --out ARQUIVO.</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries. Newest hash: %2</source>
        <translation>O registro de auditoria está intacto: %1 entradas. Hash mais recente: %2</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation>O registro de auditoria foi adulterado:</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <translation>%1 entradas gravadas em %2</translation>
    </message>
    <message>
        <source>The audit trail of %1 is intact: %2 entries. Newest hash: %3</source>
        <translation>O registro de auditoria de %1 está íntegro: %2 entradas. Hash mais recente: %3</translation>
    </message>
    <message>
        <source>The audit trail of %1 was tampered with:</source>
        <translation>O registro de auditoria de %1 foi adulterado:</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Signed in</source>
        <translation>Entrou</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>Falha ao entrar</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Desbloqueou a janela</translation>
    </message>
    <message>
        <source>Registered a case</source>
        <translation>Registrou um caso</translation>
    </message>
    <message>
        <source>Changed a case</source>
        <translation>Alterou um caso</translation>
    </message>
    <message>
        <source>Opened a case</source>
        <translation>Abriu um caso</translation>
    </message>
    <message>
        <source>Added a site</source>
        <translation>Adicionou um local</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Adicionou um usuário</translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation>Alterou um usuário</translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation>Reativou um usuário</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>Desativou um usuário</translation>
    </message>
    <message>
        <source>Reset a passphrase</source>
        <translation>Redefiniu uma frase-senha</translation>
    </message>
    <message>
        <source>Changed own passphrase</source>
        <translation>Alterou a própria frase-senha</translation>
    </message>
    <message>
        <source>Made a backup</source>
        <translation>Fez uma cópia de segurança</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Restaurou uma cópia de segurança</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Exportou o registro de auditoria</translation>
    </message>
    <message>
        <source>write to the audit trail</source>
        <translation>gravar no registro de auditoria</translation>
    </message>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>Não foi possível ler o registro de auditoria.</translation>
    </message>
    <message>
        <source>Exported anonymized statistics</source>
        <translation>Exportou estatísticas anonimizadas</translation>
    </message>
    <message>
        <source>Changed the smallest count shown in statistics</source>
        <translation>Alterou a menor contagem exibida nas estatísticas</translation>
    </message>
    <message>
        <source>Opened a procedure</source>
        <translation>Abriu um procedimento</translation>
    </message>
    <message>
        <source>Changed a procedure</source>
        <translation>Alterou um procedimento</translation>
    </message>
    <message>
        <source>Recorded a step of a procedure</source>
        <translation>Registrou uma etapa de um procedimento</translation>
    </message>
    <message>
        <source>Added a deadline</source>
        <translation>Adicionou um prazo</translation>
    </message>
    <message>
        <source>Marked a deadline done</source>
        <translation>Marcou um prazo como cumprido</translation>
    </message>
    <message>
        <source>Reopened a deadline</source>
        <translation>Reabriu um prazo</translation>
    </message>
    <message>
        <source>Checked for conflicts</source>
        <translation>Verificou conflitos de interesse</translation>
    </message>
    <message>
        <source>Added an opposing party</source>
        <translation>Adicionou uma parte contrária</translation>
    </message>
    <message>
        <source>Removed an opposing party</source>
        <translation>Removeu uma parte contrária</translation>
    </message>
    <message>
        <source>Screened for risk</source>
        <translation>Avaliou o risco</translation>
    </message>
    <message>
        <source>Updated a recommended action</source>
        <translation>Atualizou uma ação recomendada</translation>
    </message>
    <message>
        <source>Recorded a specific need</source>
        <translation>Registrou uma necessidade específica</translation>
    </message>
    <message>
        <source>Removed a specific need</source>
        <translation>Removeu uma necessidade específica</translation>
    </message>
    <message>
        <source>Registered a tracing request</source>
        <translation>Registrou um pedido de busca</translation>
    </message>
    <message>
        <source>Changed a tracing request</source>
        <translation>Alterou um pedido de busca</translation>
    </message>
    <message>
        <source>Closed a tracing request</source>
        <translation>Encerrou um pedido de busca</translation>
    </message>
    <message>
        <source>Reopened a tracing request</source>
        <translation>Reabriu um pedido de busca</translation>
    </message>
    <message>
        <source>Confirmed a match</source>
        <translation>Confirmou uma correspondência</translation>
    </message>
    <message>
        <source>Rejected a match</source>
        <translation>Descartou uma correspondência</translation>
    </message>
    <message>
        <source>Recorded a family link</source>
        <translation>Registrou um vínculo familiar</translation>
    </message>
    <message>
        <source>Confirmed a family link</source>
        <translation>Confirmou um vínculo familiar</translation>
    </message>
    <message>
        <source>Removed a family link</source>
        <translation>Removeu um vínculo familiar</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Importou de um arquivo</translation>
    </message>
    <message>
        <source>Added demonstration data</source>
        <translation>Adicionou dados de demonstração</translation>
    </message>
    <message>
        <source>Removed the demonstration data</source>
        <translation>Removeu os dados de demonstração</translation>
    </message>
    <message>
        <source>Generated invented people</source>
        <translation>Gerou pessoas fictícias</translation>
    </message>
    <message>
        <source>Made this database a site</source>
        <translation>Transformou este banco de dados em uma sede</translation>
    </message>
    <message>
        <source>Registered a site&apos;s card</source>
        <translation>Registrou o cartão de uma sede</translation>
    </message>
    <message>
        <source>Sent a package</source>
        <translation>Enviou um pacote</translation>
    </message>
    <message>
        <source>Received a package</source>
        <translation>Recebeu um pacote</translation>
    </message>
    <message>
        <source>Chose a version in the review list</source>
        <translation>Escolheu uma versão na lista de revisão</translation>
    </message>
    <message>
        <source>Handed a case to the office</source>
        <translation>Entregou um caso ao escritório</translation>
    </message>
    <message>
        <source>Set the office&apos;s server</source>
        <translation>Definiu o servidor do escritório</translation>
    </message>
    <message>
        <source>Merged two cases</source>
        <translation>Uniu dois casos</translation>
    </message>
    <message>
        <source>Undid a merge of two cases</source>
        <translation>Desfez a união de dois casos</translation>
    </message>
    <message>
        <source>Merged two records of one person</source>
        <translation>Uniu dois registros de uma pessoa</translation>
    </message>
    <message>
        <source>Undid a merge of two records</source>
        <translation>Desfez a união de dois registros</translation>
    </message>
    <message>
        <source>Closed the review of a merge</source>
        <translation>Encerrou a revisão de uma união</translation>
    </message>
    <message>
        <source>Wrote the code of conduct</source>
        <translation>Escreveu o código de conduta</translation>
    </message>
    <message>
        <source>Accepted the code of conduct</source>
        <translation>Aceitou o código de conduta</translation>
    </message>
    <message>
        <source>Encrypted the database</source>
        <translation>Criptografou o banco de dados</translation>
    </message>
    <message>
        <source>Made a new recovery key</source>
        <translation>Criou uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>Set a passphrase with the recovery key</source>
        <translation>Definiu uma frase secreta com a chave de recuperação</translation>
    </message>
    <message>
        <source>Added a partner organisation</source>
        <translation>Adicionou uma organização parceira</translation>
    </message>
    <message>
        <source>Changed a partner organisation</source>
        <translation>Alterou uma organização parceira</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>Fez um encaminhamento</translation>
    </message>
    <message>
        <source>Recorded a referral&apos;s answer</source>
        <translation>Registrou a resposta a um encaminhamento</translation>
    </message>
    <message>
        <source>Wrote a referral package</source>
        <translation>Gravou um pacote de encaminhamento</translation>
    </message>
    <message>
        <source>Recorded a referral received</source>
        <translation>Registrou um encaminhamento recebido</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>Definiu um objetivo</translation>
    </message>
    <message>
        <source>Changed a goal</source>
        <translation>Alterou um objetivo</translation>
    </message>
    <message>
        <source>Planned an action or follow-up</source>
        <translation>Planejou uma ação ou um acompanhamento</translation>
    </message>
    <message>
        <source>Changed an action or follow-up</source>
        <translation>Alterou uma ação ou um acompanhamento</translation>
    </message>
    <message>
        <source>Handed a person a copy of their data</source>
        <translation>Entregou a uma pessoa uma cópia de seus dados</translation>
    </message>
    <message>
        <source>Recorded a request to correct data</source>
        <translation>Registrou um pedido de correção de dados</translation>
    </message>
    <message>
        <source>Answered a request about a person&apos;s data</source>
        <translation>Respondeu um pedido sobre os dados de uma pessoa</translation>
    </message>
    <message>
        <source>Recorded a consent withdrawn</source>
        <translation>Registrou um consentimento retirado</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Apagou uma pessoa</translation>
    </message>
    <message>
        <source>Refused to erase a person&apos;s data</source>
        <translation>Negou apagar os dados de uma pessoa</translation>
    </message>
    <message>
        <source>Anonymized a case</source>
        <translation>Anonimizou um caso</translation>
    </message>
    <message>
        <source>Set how long closed cases are kept</source>
        <translation>Definiu por quanto tempo os casos encerrados são guardados</translation>
    </message>
    <message>
        <source>Kept a closed case longer</source>
        <translation>Conservou um caso encerrado por mais tempo</translation>
    </message>
    <message>
        <source>Recorded what happened to a person</source>
        <translation>Registrou o que aconteceu com uma pessoa</translation>
    </message>
    <message>
        <source>Changed what happened to a person</source>
        <translation>Alterou o que aconteceu com uma pessoa</translation>
    </message>
    <message>
        <source>Removed what happened to a person</source>
        <translation>Removeu o que aconteceu com uma pessoa</translation>
    </message>
    <message>
        <source>Started a monitoring round</source>
        <translation>Começou uma rodada de monitoramento</translation>
    </message>
    <message>
        <source>Recorded a monitoring interview</source>
        <translation>Registrou uma entrevista de monitoramento</translation>
    </message>
    <message>
        <source>Sent counts to the network&apos;s coordinator</source>
        <translation>Enviou contagens à coordenação da rede</translation>
    </message>
</context>
<context>
    <name>AuditRedactor</name>
    <message>
        <source>empty the audit entries about the person erased</source>
        <translation>esvaziar as entradas da auditoria sobre a pessoa apagada</translation>
    </message>
    <message>
        <source>read the posts&apos; audit trails</source>
        <translation>ler as auditorias dos postos</translation>
    </message>
    <message>
        <source>empty the audit entries a post&apos;s erasure emptied</source>
        <translation>esvaziar as entradas que a eliminação de um posto esvaziou</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported (user: %1, action: %2, record: %3, from %4 to %5)</source>
        <translation>
            <numerusform>%n entrada exportada (usuário: %1, ação: %2, registro: %3, de %4 a %5)</numerusform>
            <numerusform>%n entradas exportadas (usuário: %1, ação: %2, registro: %3, de %4 a %5)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied: a person was erased; the erasure&apos;s entry says when and why)</source>
        <translation>(esvaziada: uma pessoa foi apagada; a entrada da eliminação diz quando e por quê)</translation>
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
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing: it was removed.</source>
        <translation>Falta a entrada %1: foi removida.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were removed.</source>
        <translation>Faltam as entradas %1 a %2: foram removidas.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were removed or their order was changed.</source>
        <translation>A entrada %1 não segue a entrada %2: entradas foram removidas ou sua ordem foi alterada.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>A entrada %1 foi alterada depois de gravada.</translation>
    </message>
    <message>
        <source>The trail should have %1 entries ending in %2, but has %3: the newest entries were removed or the trail was rewritten.</source>
        <translation>O registro deveria ter %1 entradas terminando em %2, mas tem %3: as entradas mais recentes foram removidas ou o registro foi reescrito.</translation>
    </message>
    <message>
        <source>Entry %1 was emptied, but no erasure recorded after it says so.</source>
        <translation>A entrada %1 foi esvaziada, mas nenhuma eliminação registrada depois o diz.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them emptied by erasures: who did what and when is kept, not the values.</source>
        <translation>
            <numerusform>%n delas esvaziada por eliminações: fica quem fez o quê e quando, não os dados.</numerusform>
            <numerusform>%n delas esvaziadas por eliminações: fica quem fez o quê e quando, não os dados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>user name</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Entradas no sistema</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Casos abertos</translation>
    </message>
    <message>
        <source>Cases created or changed</source>
        <translation>Casos criados ou alterados</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <source>case number or user</source>
        <translation>número do caso ou usuário</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>Verificar o registro</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or moved.</source>
        <translation>Verifica que nenhuma entrada foi alterada, removida ou movida.</translation>
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
        <translation>Registro de auditoria</translation>
    </message>
    <message numerus="yes">
        <source>The trail is intact: %n entries, none changed, removed or moved. Newest hash: %1</source>
        <translation>
            <numerusform>O registro está intacto: %n entrada, nenhuma alterada, removida ou movida. Hash mais recente: %1</numerusform>
            <numerusform>O registro está intacto: %n entradas, nenhuma alterada, removida ou movida. Hash mais recente: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail was tampered with:</source>
        <translation>O registro foi adulterado:</translation>
    </message>
    <message>
        <source>The audit trail was tampered with:
%1</source>
        <translation>O registro de auditoria foi adulterado:
%1</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar o registro de auditoria</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entrada exportada para %1.</numerusform>
            <numerusform>%n entradas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
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
        <translation>No registro de %1: %2</translation>
    </message>
    <message>
        <source>The trails the posts sent are intact too: %1.</source>
        <translation>Os registros enviados pelos postos também estão íntegros: %1.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Este banco de dados já tem usuários: entre com sua conta.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation>Não há memória suficiente para proteger a frase-senha.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases for this name. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Frases-senha erradas demais para este nome. Aguarde %n segundo e tente de novo.</numerusform>
            <numerusform>Frases-senha erradas demais para este nome. Aguarde %n segundos e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown user name)</source>
        <translation>(nome de usuário desconhecido)</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>O nome de usuário ou a frase-senha não estão corretos. Verifique se o Caps Lock está desligado e tente de novo.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Esta conta foi desativada. Fale com um administrador.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Essa frase-senha não está correta. Verifique se o Caps Lock está desligado e tente de novo.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window.</source>
        <translation>Só %1 pode desbloquear esta janela.</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>alterar a frase-senha</translation>
    </message>
    <message>
        <source>This server account is not the one of %1: the passphrase was not changed.</source>
        <translation>Esta conta do servidor não é a de %1: a frase-senha não foi alterada.</translation>
    </message>
    <message>
        <source>Only an encrypted database has a recovery key.</source>
        <translation>Só um banco de dados criptografado tem chave de recuperação.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Esta chave de recuperação não abre este banco de dados.</translation>
    </message>
    <message>
        <source>%1 is not an active administrator of this database. Give the name of one.</source>
        <translation>%1 não é um administrador ativo deste banco de dados. Informe o nome de um.</translation>
    </message>
    <message>
        <source>Give the name of an active administrator.</source>
        <translation>Informe o nome de um administrador ativo.</translation>
    </message>
    <message>
        <source>new passphrase set with the recovery key</source>
        <translation>nova frase-senha definida com a chave de recuperação</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The backup file is damaged: it fails its integrity check. Nothing was restored.</source>
        <translation>O arquivo de cópia de segurança está danificado: não passa na verificação de integridade. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the backup with the passphrase. Close other programs and try again.</source>
        <translation>Não há memória suficiente para proteger a cópia com a frase-senha. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>Could not write the backup file: %1</source>
        <translation>Não foi possível gravar o arquivo de cópia de segurança: %1</translation>
    </message>
    <message>
        <source>This file is not an Amparo backup (or it was made by a newer version of Amparo).</source>
        <translation>Este arquivo não é uma cópia de segurança do Amparo (ou foi feito por uma versão mais nova do Amparo).</translation>
    </message>
    <message>
        <source>Not enough memory to open the backup. Close other programs and try again.</source>
        <translation>Não há memória suficiente para abrir a cópia. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file is damaged. Nothing was restored.</source>
        <translation>A frase-senha está errada ou o arquivo de cópia está danificado. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Could not write the restored database: %1</source>
        <translation>Não foi possível gravar o banco de dados restaurado: %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>write an encrypted backup of the whole database (--to FILE)</source>
        <translation>gravar uma cópia de segurança criptografada de todo o banco de dados (--to ARQUIVO)</translation>
    </message>
    <message>
        <source>The backup file to write. Its passphrase is asked for twice, or read from %1.</source>
        <translation>O arquivo de cópia a gravar. A frase-senha é pedida duas vezes ou lida de %1.</translation>
    </message>
    <message>
        <source>backup needs --to FILE.</source>
        <translation>backup precisa de --to ARQUIVO.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase-senha da cópia: </translation>
    </message>
    <message>
        <source>No backup passphrase was given.</source>
        <translation>Nenhuma frase-senha da cópia foi informada.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Cópia de segurança gravada em %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the database</source>
        <translation>Fazer uma cópia de segurança do banco de dados</translation>
    </message>
    <message>
        <source>The backup is a single encrypted file with everything in this database. Without the passphrase nobody can read it — and nobody can restore it: keep the passphrase somewhere safe, apart from the backup. Keep backups away from this computer, for example on a USB stick in a locked place.</source>
        <translation>A cópia de segurança é um único arquivo criptografado com tudo o que há neste banco de dados. Sem a frase-senha ninguém pode lê-la — e ninguém pode restaurá-la: guarde a frase em um lugar seguro, separada da cópia. Guarde as cópias longe deste computador, por exemplo em um pendrive em um lugar trancado.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Salvar a cópia como</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparobackup)</source>
        <translation>Cópias do Amparo (*.amparobackup)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de cópia</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-senha da cópia</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Make the backup</source>
        <translation>Fazer a cópia</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Escolha onde salvar a cópia.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>the restored database fails its integrity check</source>
        <translation>o banco de dados restaurado não passa na verificação de integridade</translation>
    </message>
    <message>
        <source>it does not hold an Amparo database</source>
        <translation>não contém um banco de dados do Amparo</translation>
    </message>
    <message>
        <source>it was made by a newer version of Amparo</source>
        <translation>foi feita por uma versão mais nova do Amparo</translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1. Nothing was changed.</source>
        <translation>A cópia não pode ser restaurada: %1. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the backup.</source>
        <translation>Não foi possível criar uma pasta temporária para a cópia.</translation>
    </message>
    <message>
        <source>copy the database for the backup</source>
        <translation>copiar o banco de dados para a cópia de segurança</translation>
    </message>
    <message>
        <source>Could not read the copy of the database.</source>
        <translation>Não foi possível ler a cópia do banco de dados.</translation>
    </message>
    <message>
        <source>Could not write the backup to %1: %2</source>
        <translation>Não foi possível gravar a cópia em %1: %2</translation>
    </message>
    <message>
        <source>encrypted backup written to %1</source>
        <translation>cópia criptografada gravada em %1</translation>
    </message>
    <message>
        <source>Could not open the backup %1: %2</source>
        <translation>Não foi possível abrir a cópia %1: %2</translation>
    </message>
    <message>
        <source>Could not write next to the database: %1</source>
        <translation>Não foi possível gravar ao lado do banco de dados: %1</translation>
    </message>
    <message>
        <source>Could not write the restored database: the disk may be full.</source>
        <translation>Não foi possível gravar o banco de dados restaurado: o disco pode estar cheio.</translation>
    </message>
    <message>
        <source>The backup file is damaged: its contents do not match its checksum. Nothing was restored.</source>
        <translation>O arquivo de cópia está danificado: o conteúdo não corresponde à soma de verificação. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Could not move the current database aside; nothing was changed. Is it open in another Amparo window?</source>
        <translation>Não foi possível mover o banco de dados atual; nada foi alterado. Ele está aberto em outra janela do Amparo?</translation>
    </message>
    <message>
        <source>Could not put the restored database in place; the current database was left as it was.</source>
        <translation>Não foi possível colocar o banco de dados restaurado no lugar; o banco atual ficou como estava.</translation>
    </message>
    <message>
        <source>restored the backup made on %1 by %2; the previous database was kept at %3</source>
        <translation>restaurou a cópia feita em %1 por %2; o banco de dados anterior foi guardado em %3</translation>
    </message>
    <message>
        <source>A database on a server is never replaced: a backup is restored into a new, empty database on the server (amparo-cli --database postgresql://server/new restore --from FILE), and then everyone connects to that one.</source>
        <translation>Um banco de dados em um servidor nunca é substituído: o backup é restaurado em um banco de dados novo e vazio no servidor (amparo-cli --database postgresql://servidor/novo restore --from ARQUIVO) e depois todos se conectam a ele.</translation>
    </message>
    <message>
        <source>restored the backup made on %1 by %2 into an empty database</source>
        <translation>restaurou o backup feito em %1 por %2 em um banco de dados vazio</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the restore.</source>
        <translation>Não foi possível criar uma pasta temporária para a restauração.</translation>
    </message>
    <message numerus="yes">
        <source>; %n person(s) erased after the backup was made erased again</source>
        <translation>
            <numerusform>; %n pessoa apagada depois da cópia, apagada de novo</numerusform>
            <numerusform>; %n pessoas apagadas depois da cópia, apagadas de novo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BirthDateEdit</name>
    <message>
        <source>Not known</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Data exata</translation>
    </message>
    <message>
        <source>Month and year</source>
        <translation>Mês e ano</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Só o ano</translation>
    </message>
    <message>
        <source>Approximate age</source>
        <translation>Idade aproximada</translation>
    </message>
    <message>
        <source>about</source>
        <translation>cerca de</translation>
    </message>
    <message>
        <source>years old</source>
        <translation>anos</translation>
    </message>
    <message>
        <source>How the date of birth is known</source>
        <translation>Como a data de nascimento é conhecida</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Mês de nascimento</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Idade em anos</translation>
    </message>
</context>
<context>
    <name>CaseAnonymizer</name>
    <message>
        <source>anonymize the case</source>
        <translation>anonimizar o caso</translation>
    </message>
    <message>
        <source>A member of this case is also in case %1: erase or anonymize them there, or take them out of one of the cases, first.</source>
        <translation>Um membro deste caso também está no caso %1: apague-o ou anonimize-o lá, ou retire-o de um dos casos, primeiro.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Salvar o caso (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>por que o caso foi encerrado ou transferido</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número do caso</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profissional do caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Adicionar membro…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>to be registered</source>
        <translation>a ser registrada</translation>
    </message>
    <message>
        <source>to share data with partner organisations for referral</source>
        <translation>a compartilhar dados com organizações parceiras para encaminhamento</translation>
    </message>
    <message>
        <source>to be contacted for family tracing</source>
        <translation>a ser contatada para busca de familiares</translation>
    </message>
    <message>
        <source>The person agreed</source>
        <translation>A pessoa concordou</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Em</translation>
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
        <translation>Escreva uma nota; ela é salva com o caso.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>(assigned when saved)</source>
        <translation>(atribuído ao salvar)</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Ainda não salvo: %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>Open the marked family member to correct:</source>
        <translation>Abra o membro da família marcado para corrigir:</translation>
    </message>
    <message>
        <source>The principal person cannot be removed from the case.</source>
        <translation>A pessoa principal não pode ser removida do caso.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <source>Remove %1 from this family group? The change is written when you save the case.</source>
        <translation>Remover %1 deste grupo familiar? A alteração é gravada quando você salvar o caso.</translation>
    </message>
    <message>
        <source>The case “%1” has changes that are not saved. Save them before closing?</source>
        <translation>O caso “%1” tem alterações não salvas. Salvá-las antes de fechar?</translation>
    </message>
    <message>
        <source>Heightened risk</source>
        <translation>Risco elevado</translation>
    </message>
    <message>
        <source>Screen for risk</source>
        <translation>Triagem de risco</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them before screening?</source>
        <translation>O caso tem alterações não salvas. Salvá-las antes da triagem?</translation>
    </message>
    <message>
        <source>Case and family</source>
        <translation>Caso e família</translation>
    </message>
    <message>
        <source>Legal procedures and deadlines</source>
        <translation>Procedimentos legais e prazos</translation>
    </message>
    <message>
        <source>Save the case first.</source>
        <translation>Salve o caso primeiro.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Encerrar o caso</translation>
    </message>
    <message>
        <source>Relatives and tracing</source>
        <translation>Familiares e busca</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Hand to the office…</source>
        <translation>Entregar ao escritório…</translation>
    </message>
    <message>
        <source>The office keeps the case from then on; this post reads it.</source>
        <translation>A partir daí o escritório mantém o caso; este posto o consulta.</translation>
    </message>
    <message>
        <source>This case is kept by the site %1: it is changed there, and its changes arrive here in that site&apos;s packages. You can read it here.</source>
        <translation>Este caso é mantido pela sede %1: é alterado lá, e suas alterações chegam aqui nos pacotes dessa sede. Aqui você pode consultá-lo.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: the case goes to the office as it is saved.</source>
        <translation>Primeiro salve ou desfaça suas alterações: o caso vai ao escritório como está salvo.</translation>
    </message>
    <message>
        <source>This database has no office to hand cases to.</source>
        <translation>Este banco de dados não tem um escritório ao qual entregar casos.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>— choose when closing —</source>
        <translation>— escolha ao encerrar —</translation>
    </message>
    <message>
        <source>town or region</source>
        <translation>cidade ou região</translation>
    </message>
    <message>
        <source>The person decided to return freely, informed of the conditions there</source>
        <translation>A pessoa decidiu retornar livremente, informada das condições lá</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Data do retorno</translation>
    </message>
    <message>
        <source>Returns to</source>
        <translation>Retorna a</translation>
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
        <translation>Plano do caso</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s) (the next: “%1” on %2)</source>
        <translation>
            <numerusform>%n prazo aberto (o próximo: “%1” em %2)</numerusform>
            <numerusform>%n prazos abertos (o próximo: “%1” em %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open step(s) in its plan (the next: “%1” on %2)</source>
        <translation>
            <numerusform>%n passo aberto no plano (o próximo: “%1” em %2)</numerusform>
            <numerusform>%n passos abertos no plano (o próximo: “%1” em %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>This case still has %1. Close it anyway? What is open stays open until marked done; a closed case&apos;s steps no longer show as overdue.</source>
        <translation>Este caso ainda tem %1. Fechá-lo mesmo assim? O que está aberto continua aberto até ser marcado como feito; os passos de um caso fechado deixam de aparecer como atrasados.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Data rights…</source>
        <translation>Direitos sobre os dados…</translation>
    </message>
    <message>
        <source>A person of the case asks to see, correct or erase their data, or withdraws a consent.</source>
        <translation>Uma pessoa do caso pede para ver, corrigir ou apagar seus dados, ou retira um consentimento.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: a person&apos;s request is answered from the case as it is saved.</source>
        <translation>Salve ou desfaça primeiro suas alterações: o pedido de uma pessoa é respondido a partir do caso tal como está salvo.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
</context>
<context>
    <name>CaseFormatter</name>
    <message>
        <source>no identity document</source>
        <translation>sem documento de identidade</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>vence em %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
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
        <translation>Profissional do caso: %1</translation>
    </message>
    <message>
        <source>Family group:</source>
        <translation>Grupo familiar:</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nascido/a %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Também conhecido/a como: %1</translation>
    </message>
    <message>
        <source>Nationality: %1</source>
        <translation>Nacionalidade: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>Now in: %1</source>
        <translation>Agora em: %1</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral to partners</source>
        <translation>encaminhamento a parceiros</translation>
    </message>
    <message>
        <source>contact for family tracing</source>
        <translation>contato para busca de familiares</translation>
    </message>
    <message>
        <source>Consent given on %1 for %2, recorded by %3</source>
        <translation>Consentimento dado em %1 para %2, registrado por %3</translation>
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
        <translation>Risco elevado (triagem mais recente):</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>sem triagem</translation>
    </message>
    <message>
        <source>no risk found</source>
        <translation>nenhum risco identificado</translation>
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
        <translation>Número do caso</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Speak to staff</source>
        <translation>Falar com a equipe</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendente</numerusform>
            <numerusform>%n pendentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>%1 — similar name: %2</source>
        <translation>%1 — nome parecido: %2</translation>
    </message>
    <message>
        <source>%1 — similar name: %2 (%3)</source>
        <translation>%1 — nome parecido: %2 (%3)</translation>
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
        <translation>Buscar por nome, número de documento ou número do caso (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
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
        <translation>Qualquer risco</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risco alto</translation>
    </message>
    <message>
        <source>High risk, pending actions</source>
        <translation>Risco alto, ações pendentes</translation>
    </message>
    <message>
        <source>Medium risk or higher</source>
        <translation>Risco médio ou maior</translation>
    </message>
    <message>
        <source>Any screened risk</source>
        <translation>Qualquer risco identificado</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>All risk categories</source>
        <translation>Todas as categorias de risco</translation>
    </message>
    <message>
        <source>High risk with pending actions</source>
        <translation>Risco alto com ações pendentes</translation>
    </message>
    <message>
        <source>Some cases could not be shown. %1</source>
        <translation>Alguns casos não puderam ser exibidos. %1</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Categoria de risco</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Situação do caso</translation>
    </message>
    <message numerus="yes">
        <source>%n with a similar name</source>
        <translation>
            <numerusform>%n com um nome parecido</numerusform>
            <numerusform>%n com um nome parecido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown, of the %1 persons registered last with this name · more have it: type more of the name, or a document number</source>
        <translation>
            <numerusform>%n caso mostrado, das %1 pessoas registradas por último com este nome · há mais: digite mais do nome ou um número de documento</numerusform>
            <numerusform>%n casos mostrados, das %1 pessoas registradas por último com este nome · há mais: digite mais do nome ou um número de documento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMemberRepository</name>
    <message>
        <source>save the family group</source>
        <translation>salvar o grupo familiar</translation>
    </message>
</context>
<context>
    <name>CaseMerger</name>
    <message>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>encaminhamento</translation>
    </message>
    <message>
        <source>tracing contact</source>
        <translation>contato para busca familiar</translation>
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
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profissional responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>merge case %1 into %2</source>
        <translation>mesclar o caso %1 ao %2</translation>
    </message>
</context>
<context>
    <name>CaseNoteRepository</name>
    <message>
        <source>save the note</source>
        <translation>salvar a nota</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Needs met, services completed</source>
        <translation>Necessidades atendidas, serviços concluídos</translation>
    </message>
    <message>
        <source>Regular migration status obtained</source>
        <translation>Obteve situação migratória regular</translation>
    </message>
    <message>
        <source>Recognised as a refugee</source>
        <translation>Reconhecida como refugiada</translation>
    </message>
    <message>
        <source>Settled in the host community</source>
        <translation>Estabeleceu-se na comunidade de acolhida</translation>
    </message>
    <message>
        <source>Resettled to a third country</source>
        <translation>Reassentada em um terceiro país</translation>
    </message>
    <message>
        <source>Moved on to another country</source>
        <translation>Seguiu para outro país</translation>
    </message>
    <message>
        <source>Voluntary return to the country of origin</source>
        <translation>Retorno voluntário ao país de origem</translation>
    </message>
    <message>
        <source>Followed by another organisation</source>
        <translation>Acompanhada por outra organização</translation>
    </message>
    <message>
        <source>Contact lost</source>
        <translation>Contato perdido</translation>
    </message>
    <message>
        <source>The person died</source>
        <translation>A pessoa faleceu</translation>
    </message>
    <message>
        <source>Other (say in the reason)</source>
        <translation>Outro (diga no motivo)</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Set a goal…</source>
        <translation>Definir um objetivo…</translation>
    </message>
    <message>
        <source>Change the goal…</source>
        <translation>Alterar o objetivo…</translation>
    </message>
    <message>
        <source>Actions and follow-ups</source>
        <translation>Ações e acompanhamentos</translation>
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
        <translation>O quê</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Em que pé está</translation>
    </message>
    <message>
        <source>Show those done or cancelled</source>
        <translation>Mostrar os feitos ou cancelados</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Adicionar uma ação…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Planejar um acompanhamento…</translation>
    </message>
    <message>
        <source>Change or record…</source>
        <translation>Alterar ou registrar…</translation>
    </message>
    <message>
        <source>Change the step, or record that it was done or cancelled.</source>
        <translation>Alterar o passo, ou registrar que foi feito ou cancelado.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Feito em %1</translation>
    </message>
    <message>
        <source>Save the case first; then set its goals and plan its steps.</source>
        <translation>Salve o caso primeiro; depois defina os objetivos e planeje os passos.</translation>
    </message>
    <message>
        <source>Next step: %1 — %2, %3.</source>
        <translation>Próximo passo: %1 — %2, %3.</translation>
    </message>
    <message>
        <source>This case has no next step: add an action or plan a follow-up.</source>
        <translation>Este caso não tem próximo passo: adicione uma ação ou planeje um acompanhamento.</translation>
    </message>
</context>
<context>
    <name>CasePlanRepository</name>
    <message>
        <source>save the goal</source>
        <translation>salvar o objetivo</translation>
    </message>
    <message>
        <source>save the step of the plan</source>
        <translation>salvar o passo do plano</translation>
    </message>
    <message>
        <source>read the case&apos;s goals</source>
        <translation>ler os objetivos do caso</translation>
    </message>
    <message>
        <source>read the case&apos;s plan</source>
        <translation>ler o plano do caso</translation>
    </message>
    <message>
        <source>read the overdue steps of case plans</source>
        <translation>ler os passos atrasados dos planos de caso</translation>
    </message>
    <message>
        <source>read the cases with no next step</source>
        <translation>ler os casos sem próximo passo</translation>
    </message>
    <message>
        <source>The goal no longer exists.</source>
        <translation>O objetivo não existe mais.</translation>
    </message>
    <message>
        <source>The step of the plan no longer exists.</source>
        <translation>O passo do plano não existe mais.</translation>
    </message>
</context>
<context>
    <name>CasePlanService</name>
    <message>
        <source>Say what the goal is.</source>
        <translation>Diga qual é o objetivo.</translation>
    </message>
    <message>
        <source>The goal can have at most %1 characters.</source>
        <translation>O objetivo pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>A data está no futuro.</translation>
    </message>
    <message>
        <source>Say what the follow-up is for.</source>
        <translation>Diga para que serve o acompanhamento.</translation>
    </message>
    <message>
        <source>Say what must be done.</source>
        <translation>Diga o que deve ser feito.</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters.</source>
        <translation>A descrição pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Say how the follow-up reaches the family.</source>
        <translation>Diga como o acompanhamento chega à família.</translation>
    </message>
    <message>
        <source>That goal is not one of this case&apos;s.</source>
        <translation>Esse objetivo não é deste caso.</translation>
    </message>
    <message>
        <source>The goal “%1” is %2: choose an open one.</source>
        <translation>O objetivo “%1” está %2: escolha um aberto.</translation>
    </message>
    <message>
        <source>Say who is responsible.</source>
        <translation>Diga quem é responsável.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>O nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date it is due.</source>
        <translation>Informe a data em que vence.</translation>
    </message>
    <message>
        <source>The date it was done is in the future.</source>
        <translation>A data em que foi feito está no futuro.</translation>
    </message>
    <message>
        <source>Say what came of the follow-up.</source>
        <translation>Diga o que resultou do acompanhamento.</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Diga por que é cancelado.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>A nota pode ter no máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>CaseRedactor</name>
    <message>
        <source>not shown to your role</source>
        <translation>não é mostrado ao seu perfil</translation>
    </message>
    <message>
        <source>identity documents and phone numbers</source>
        <translation>documentos de identidade e telefones</translation>
    </message>
    <message>
        <source>exact dates of birth (the year is shown)</source>
        <translation>datas de nascimento exatas (o ano é mostrado)</translation>
    </message>
    <message>
        <source>notes and reasons for closing</source>
        <translation>notas e motivos de encerramento</translation>
    </message>
    <message>
        <source>Not shown to your role, whether recorded or not: %1.</source>
        <translation>Não é mostrado ao seu perfil, esteja registrado ou não: %1.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>assign a case number</source>
        <translation>atribuir um número de caso</translation>
    </message>
    <message>
        <source>Could not assign a case number.</source>
        <translation>Não foi possível atribuir um número de caso.</translation>
    </message>
    <message>
        <source>save the case</source>
        <translation>salvar o caso</translation>
    </message>
    <message>
        <source>Case %1 no longer exists; someone may have removed it.</source>
        <translation>O caso %1 não existe mais; alguém pode tê-lo removido.</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else after you opened it. Your changes are still in the form: close the case, open it again to see the other changes, and enter yours again.</source>
        <translation>Outra pessoa alterou o caso %1 depois que você o abriu. Suas alterações continuam no formulário: feche o caso, abra-o de novo para ver as outras alterações e digite as suas novamente.</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>O caso não existe mais.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>The document %1 (%2) is already registered for %3. Check the number, or open that person&apos;s case.</source>
        <translation>O documento %1 (%2) já está registrado para %3. Confira o número ou abra o caso dessa pessoa.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Não existe o caso %1.</translation>
    </message>
    <message>
        <source>This site&apos;s cases are registered at %1, which gives their numbers. Choose one of this database&apos;s own sites.</source>
        <translation>Os casos desta sede são registrados em %1, que atribui seus números. Escolha uma das sedes próprias deste banco de dados.</translation>
    </message>
    <message>
        <source>This site&apos;s cases are registered at %1.</source>
        <translation>Os casos desta sede são registrados em %1.</translation>
    </message>
    <message>
        <source>Registered as a new person despite possible matches: %1</source>
        <translation>Registrada como pessoa nova apesar de possíveis coincidências: %1</translation>
    </message>
    <message>
        <source>Choose how the case ended.</source>
        <translation>Escolha como o caso terminou.</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrado</translation>
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
        <translation>Diga por que o caso vai ao escritório (no máximo 500 caracteres).</translation>
    </message>
    <message>
        <source>Say why the case goes to the office.</source>
        <translation>Diga por que o caso vai ao escritório.</translation>
    </message>
    <message>
        <source>Only a field post hands cases to its office, once the office&apos;s card is registered here.</source>
        <translation>Só um posto de campo entrega casos ao seu escritório, depois que o cartão do escritório é registrado aqui.</translation>
    </message>
    <message>
        <source>hand the case to the office</source>
        <translation>entregar o caso ao escritório</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>O caso não existe mais.</translation>
    </message>
</context>
<context>
    <name>CaseValidator</name>
    <message>
        <source>%1 is recorded as a child or grandchild of %2 but was born before them. Check both dates of birth and the relationship.</source>
        <translation>%1 consta como filho/a ou neto/a de %2 mas nasceu antes. Confira as duas datas de nascimento e o parentesco.</translation>
    </message>
    <message>
        <source>%1 is recorded as a parent or grandparent of %2 but was born after them. Check both dates of birth and the relationship.</source>
        <translation>%1 consta como pai/mãe ou avô/avó de %2 mas nasceu depois. Confira as duas datas de nascimento e o parentesco.</translation>
    </message>
    <message>
        <source>Choose the site where the case is registered.</source>
        <translation>Escolha o local onde o caso é registrado.</translation>
    </message>
    <message>
        <source>Enter the registration date.</source>
        <translation>Informe a data de registro.</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>A data de registro está no futuro.</translation>
    </message>
    <message>
        <source>The caseworker&apos;s name can have at most %1 characters.</source>
        <translation>O nome do profissional pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Say why the case is closed or transferred.</source>
        <translation>Informe por que o caso é encerrado ou transferido.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>O motivo é longo demais.</translation>
    </message>
    <message>
        <source>A case needs a principal person.</source>
        <translation>Um caso precisa de uma pessoa principal.</translation>
    </message>
    <message>
        <source>A case can have at most %1 members.</source>
        <translation>Um caso pode ter no máximo %1 membros.</translation>
    </message>
    <message>
        <source>The first member must be the principal person.</source>
        <translation>O primeiro membro deve ser a pessoa principal.</translation>
    </message>
    <message>
        <source>%1 cannot also be principal: a case has one principal.</source>
        <translation>%1 não pode ser também principal: um caso tem uma só pessoa principal.</translation>
    </message>
    <message>
        <source>The document %1 of %2 is also recorded for another member of this case.</source>
        <translation>O documento %1 de %2 também está registrado para outro membro deste caso.</translation>
    </message>
    <message>
        <source>Say who wrote the note.</source>
        <translation>Informe quem escreveu a nota.</translation>
    </message>
    <message>
        <source>A note is empty.</source>
        <translation>Uma nota está vazia.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Uma nota pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Informe a data em que o consentimento foi dado.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>A data do consentimento está no futuro.</translation>
    </message>
    <message>
        <source>Enter who recorded the consent.</source>
        <translation>Informe quem registrou o consentimento.</translation>
    </message>
    <message>
        <source>Only a closed case has an outcome.</source>
        <translation>Só um caso encerrado tem resultado.</translation>
    </message>
    <message>
        <source>A return is recorded only with the outcome “voluntary return”.</source>
        <translation>Um retorno é registrado só com o resultado “retorno voluntário”.</translation>
    </message>
    <message>
        <source>Enter the date of the return.</source>
        <translation>Informe a data do retorno.</translation>
    </message>
    <message>
        <source>The return is dated before the case was registered.</source>
        <translation>A data do retorno é anterior ao registro do caso.</translation>
    </message>
    <message>
        <source>The return is dated more than a year ahead.</source>
        <translation>A data do retorno está a mais de um ano.</translation>
    </message>
    <message>
        <source>Choose the country the person returns to.</source>
        <translation>Escolha o país ao qual a pessoa retorna.</translation>
    </message>
    <message>
        <source>The place can have at most %1 characters.</source>
        <translation>O lugar pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A return must be voluntary and informed: confirm that the person decided it freely, knowing the conditions in the place of return.</source>
        <translation>Um retorno deve ser voluntário e informado: confirme que a pessoa o decidiu livremente, conhecendo as condições do lugar de retorno.</translation>
    </message>
</context>
<context>
    <name>CaseWriter</name>
    <message>
        <source>The chosen site no longer exists.</source>
        <translation>O local escolhido não existe mais.</translation>
    </message>
    <message>
        <source>A case needs its principal person.</source>
        <translation>Um caso precisa da sua pessoa principal.</translation>
    </message>
</context>
<context>
    <name>CatalogueChoices</name>
    <message>
        <source>— choose —</source>
        <translation>— escolher —</translation>
    </message>
    <message>
        <source>What the person chose to say about themselves</source>
        <translation>O que a pessoa escolheu dizer sobre si</translation>
    </message>
    <message>
        <source>Only what the person chose to say. Nothing is required.</source>
        <translation>Somente o que a pessoa escolheu dizer. Nada é obrigatório.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>read the changes still to send</source>
        <translation>ler as alterações que ainda faltam enviar</translation>
    </message>
    <message>
        <source>The server did not say which changes ended.</source>
        <translation>O servidor não informou quais alterações terminaram.</translation>
    </message>
    <message>
        <source>forget the changes every site has</source>
        <translation>esquecer as alterações que todas as sedes já têm</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check the whole database file and show its schema version</source>
        <translation>verificar todo o arquivo do banco de dados e mostrar a versão do esquema</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Amparo: %2)</source>
        <translation>Versão do esquema: %1 (este Amparo: %2)</translation>
    </message>
    <message>
        <source>The database file is damaged:</source>
        <translation>O arquivo do banco de dados está danificado:</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integridade: ok</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Again: </source>
        <translation>De novo: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
    <message>
        <source>This database has no users yet: create the administrator with amparo-cli init --admin NAME.</source>
        <translation>Este banco de dados ainda não tem usuários: crie o administrador com amparo-cli init --admin NOME.</translation>
    </message>
    <message>
        <source>Sign in with --user NAME (the passphrase is asked for, or read from %1).</source>
        <translation>Entre com --user NOME (a frase-senha é pedida ou lida de %1).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase-senha de %1: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Nenhuma frase-senha foi informada.</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old file is at %1</source>
        <translation>O banco de dados foi atualizado; há uma cópia do arquivo anterior em %1</translation>
    </message>
    <message>
        <source>On this server each person signs in with their own account: give --user NAME (the passphrase is asked for, or read from %1).</source>
        <translation>Neste servidor cada pessoa entra com sua própria conta: informe --user NOME (a frase-senha é pedida, ou lida de %1).</translation>
    </message>
    <message>
        <source>This database is encrypted: give --user NAME (the passphrase is asked for, or read from %1), or its recovery key in %2.</source>
        <translation>Este banco de dados está criptografado: informe --user NOME (a frase-senha é pedida, ou lida de %1), ou sua chave de recuperação em %2.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its recovery key opens it if every passphrase is lost; it is shown only now. Write it down or print it, and keep it apart from this computer:</source>
        <translation>%1 está criptografado. Sua chave de recuperação o abre se todas as frases-senha forem perdidas; só é mostrada agora. Anote-a ou imprima-a, e guarde-a longe deste computador:</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its recovery key was written to %2: print it or copy it by hand, keep it apart from this computer, and delete the file.</source>
        <translation>%1 está criptografado. Sua chave de recuperação foi gravada em %2: imprima-a ou copie-a à mão, guarde-a longe deste computador e apague o arquivo.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s code of conduct (version %1) is waiting for you: open Amparo&apos;s window, read it and accept it, then run this again.</source>
        <translation>O código de conduta da sua organização (versão %1) está à sua espera: abra a janela do Amparo, leia-o e aceite-o, e execute isto de novo.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: amparo-cli [--database PATH] [--user NAME] COMMAND [OPTIONS]</source>
        <translation>Uso: amparo-cli [--database CAMINHO] [--user NOME] COMANDO [OPÇÕES]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run amparo-cli COMMAND --help for the options of a command.</source>
        <translation>Execute amparo-cli COMANDO --help para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Sign in with --user NAME; the passphrase is asked for, or read from %1.</source>
        <translation>Entre com --user NOME; a frase-senha é pedida ou lida de %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage, 3 input refused (nothing saved), 4 not signed in or not permitted.</source>
        <translation>Códigos de saída: 0 feito, 1 falhou, 2 uso incorreto, 3 dados recusados (nada foi salvo), 4 sem sessão ou não permitido.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Entrar como este usuário.</translation>
    </message>
    <message>
        <source>The database file, or an office server&apos;s database as postgresql://server[:port]/database (default: %1).</source>
        <translation>O arquivo do banco de dados, ou o banco de dados do servidor do escritório como postgresql://servidor[:porta]/banco (padrão: %1).</translation>
    </message>
</context>
<context>
    <name>CloseRequestDialog</name>
    <message>
        <source>Open the request again</source>
        <translation>Reabrir a solicitação</translation>
    </message>
    <message>
        <source>Close the request</source>
        <translation>Encerrar a solicitação</translation>
    </message>
    <message>
        <source>The family was reunited</source>
        <translation>A família foi reunida</translation>
    </message>
    <message>
        <source>Closed for another reason</source>
        <translation>Encerrada por outro motivo</translation>
    </message>
    <message>
        <source>&lt;small&gt;A reunion is recorded after the match of the person found is confirmed.&lt;/small&gt;</source>
        <translation>&lt;small&gt;A reunificação é registrada depois que a correspondência da pessoa encontrada for confirmada.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>why it is opened again</source>
        <translation>por que é reaberta</translation>
    </message>
    <message>
        <source>the family found each other themselves, the person asking withdrew…</source>
        <translation>a família se encontrou por conta própria, quem perguntava desistiu…</translation>
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
        <translation>Encerrar</translation>
    </message>
</context>
<context>
    <name>ConductAcceptanceDialog</name>
    <message>
        <source>Code of conduct</source>
        <translation>Código de conduta</translation>
    </message>
    <message>
        <source>I accept</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Close Amparo</source>
        <translation>Fechar o Amparo</translation>
    </message>
    <message>
        <source>Before you work in Amparo, read your organisation&apos;s code of conduct and accept it.</source>
        <translation>Antes de trabalhar no Amparo, leia o código de conduta da sua organização e aceite-o.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s code of conduct has changed (version %1). Read it and accept it before you go on.</source>
        <translation>O código de conduta da sua organização mudou (versão %1). Leia-o e aceite-o antes de continuar.</translation>
    </message>
</context>
<context>
    <name>ConductDialog</name>
    <message>
        <source>Code of conduct</source>
        <translation>Código de conduta</translation>
    </message>
    <message>
        <source>What everyone who uses Amparo here promises about the people in it. Every user reads and accepts it at sign-in, and again whenever it changes.</source>
        <translation>O que promete quem usa o Amparo aqui sobre as pessoas registradas. Cada usuário o lê e o aceita ao entrar, e de novo sempre que muda.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Salvar como nova versão</translation>
    </message>
    <message>
        <source>No code of conduct has been written yet. Write your organisation&apos;s: users will be asked to accept it at sign-in.</source>
        <translation>Ainda não foi escrito um código de conduta. Escreva o da sua organização: os usuários deverão aceitá-lo ao entrar.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, written by %2 on %3. Accepted by %n user(s) so far.</source>
        <translation>
            <numerusform>Versão %1, escrita por %2 em %3. Aceita até agora por %n usuário.</numerusform>
            <numerusform>Versão %1, escrita por %2 em %3. Aceita até agora por %n usuários.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConductRepository</name>
    <message>
        <source>read the code of conduct</source>
        <translation>ler o código de conduta</translation>
    </message>
    <message>
        <source>save the code of conduct</source>
        <translation>salvar o código de conduta</translation>
    </message>
    <message>
        <source>read who accepted the code of conduct</source>
        <translation>ler quem aceitou o código de conduta</translation>
    </message>
    <message>
        <source>record the acceptance of the code of conduct</source>
        <translation>registrar a aceitação do código de conduta</translation>
    </message>
</context>
<context>
    <name>ConductService</name>
    <message>
        <source>Sign in first.</source>
        <translation>Entre primeiro.</translation>
    </message>
    <message>
        <source>Write the code of conduct.</source>
        <translation>Escreva o código de conduta.</translation>
    </message>
    <message>
        <source>The code of conduct can have at most %1 characters.</source>
        <translation>O código de conduta pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The code of conduct changed while you were reading it: read the new version.</source>
        <translation>O código de conduta mudou enquanto você o lia: leia a nova versão.</translation>
    </message>
</context>
<context>
    <name>ConflictCheckDialog</name>
    <message>
        <source>Conflict check · %1</source>
        <translation>Verificação de conflitos · %1</translation>
    </message>
    <message>
        <source>Before taking on a case or a procedure, check that the clinic does not already act for, or against, the same people. Names are compared ignoring accents, case and small spelling differences; document numbers must match.</source>
        <translation>Antes de assumir um caso ou um procedimento, verifique se a clínica já não atua pelas mesmas pessoas, ou contra elas. Os nomes são comparados ignorando acentos, maiúsculas e pequenas diferenças de grafia; os números de documento devem coincidir.</translation>
    </message>
    <message>
        <source>Opposing parties in this case</source>
        <translation>Partes contrárias neste caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>nome da parte contrária</translation>
    </message>
    <message>
        <source>document number, if known</source>
        <translation>número do documento, se conhecido</translation>
    </message>
    <message>
        <source>relation to the case</source>
        <translation>relação com o caso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Names to check</source>
        <translation>Nomes a verificar</translation>
    </message>
    <message>
        <source>Document numbers (comma between them)</source>
        <translation>Números de documento (separados por vírgulas)</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Adicionar um nome</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Possible conflicts</source>
        <translation>Possíveis conflitos</translation>
    </message>
    <message>
        <source>Run the check to see possible conflicts.</source>
        <translation>Execute a verificação para ver os possíveis conflitos.</translation>
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
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <source>why — required when waived or declined</source>
        <translation>por quê — obrigatório se dispensado ou recusado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar a decisão</translation>
    </message>
    <message>
        <source>Checks recorded on this case</source>
        <translation>Verificações registradas neste caso</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Data</translation>
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
        <translation>Partes contrárias</translation>
    </message>
    <message>
        <source>Remove %1 from the opposing parties of this case?</source>
        <translation>Remover %1 das partes contrárias deste caso?</translation>
    </message>
    <message>
        <source>The names changed: run the check again.</source>
        <translation>Os nomes mudaram: verifique novamente.</translation>
    </message>
    <message>
        <source>Write at least one name or document number to check.</source>
        <translation>Escreva pelo menos um nome ou número de documento para verificar.</translation>
    </message>
    <message numerus="yes">
        <source>No possible conflict found among %n name(s).</source>
        <translation>
            <numerusform>Nenhum possível conflito encontrado para %n nome.</numerusform>
            <numerusform>Nenhum possível conflito encontrado entre %n nomes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s): look at each before deciding.</source>
        <translation>
            <numerusform>%n possível conflito: examine-o antes de decidir.</numerusform>
            <numerusform>%n possíveis conflitos: examine cada um antes de decidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the check first.</source>
        <translation>Primeiro execute a verificação.</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Decisão registrada: %1.</translation>
    </message>
    <message>
        <source>Name of the opposing party</source>
        <translation>Nome da parte contrária</translation>
    </message>
    <message>
        <source>Their document number</source>
        <translation>O número do documento dela</translation>
    </message>
    <message>
        <source>Their relation to the case</source>
        <translation>A relação dela com o caso</translation>
    </message>
</context>
<context>
    <name>ConflictCheckService</name>
    <message>
        <source>Conflict waived</source>
        <translation>Conflito dispensado</translation>
    </message>
    <message>
        <source>Declined because of a conflict</source>
        <translation>Recusado por conflito</translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation>Sem conflito</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>same document number %1</source>
        <translation>mesmo número de documento %1</translation>
    </message>
    <message>
        <source>opposing party</source>
        <translation>parte contrária</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Nada foi verificado.</translation>
    </message>
    <message>
        <source>Say why the conflict is waived or the case declined.</source>
        <translation>Diga por que o conflito é dispensado ou o caso recusado.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s) found</source>
        <translation>
            <numerusform>%n possível conflito encontrado</numerusform>
            <numerusform>%n possíveis conflitos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the opposing party&apos;s name (at most 200 characters).</source>
        <translation>Escreva o nome da parte contrária (no máximo 200 caracteres).</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>save the opposing party</source>
        <translation>salvar a parte contrária</translation>
    </message>
    <message>
        <source>remove the opposing party</source>
        <translation>remover a parte contrária</translation>
    </message>
    <message>
        <source>save the conflict check</source>
        <translation>salvar a verificação de conflitos</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>save the consent</source>
        <translation>salvar o consentimento</translation>
    </message>
</context>
<context>
    <name>CopyToCommand</name>
    <message>
        <source>copy the whole database into an empty one, such as the office&apos;s server (LOCATION; administrators)</source>
        <translation>copiar todo o banco de dados para um vazio, como o do servidor do escritório (LOCAL; administradores)</translation>
    </message>
    <message>
        <source>The empty database to fill: postgresql://server[:port]/database, or a file.</source>
        <translation>O banco de dados vazio a preencher: postgresql://servidor[:porta]/banco, ou um arquivo.</translation>
    </message>
    <message>
        <source>copy-to needs the location of the database to fill, for example postgresql://server/amparo.</source>
        <translation>copy-to precisa do local do banco de dados a preencher, por exemplo postgresql://servidor/amparo.</translation>
    </message>
    <message>
        <source>Copying… %1%</source>
        <translation>Copiando… %1%</translation>
    </message>
    <message>
        <source>Copied %1 rows into %2; every table counted on both sides, and the audit trail (%3 entries) verified on arrival.</source>
        <translation>%1 linhas copiadas para %2; cada tabela foi contada dos dois lados e o registro de auditoria (%3 entradas) foi verificado na chegada.</translation>
    </message>
    <message>
        <source>Leave a new database file unencrypted: only where its disk is encrypted already.</source>
        <translation>Deixar sem criptografia um arquivo de banco de dados novo: só onde o disco já está criptografado.</translation>
    </message>
    <message>
        <source>Write a new encrypted file&apos;s recovery key to this file instead of printing it.</source>
        <translation>Gravar a chave de recuperação do novo arquivo criptografado neste arquivo em vez de mostrá-la.</translation>
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
        <translation>Nacionalidade desconhecida</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>— not recorded —</source>
        <translation>— não registrado —</translation>
    </message>
</context>
<context>
    <name>CountsPackage</name>
    <message>
        <source>This is not a counts package Amparo can add up: %1</source>
        <translation>Este não é um pacote de contagens que o Amparo possa somar: %1</translation>
    </message>
    <message>
        <source>it is not JSON.</source>
        <translation>não é JSON.</translation>
    </message>
    <message>
        <source>it does not say it is one.</source>
        <translation>não diz que é um.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Amparo.</source>
        <translation>foi feito por uma versão mais nova do Amparo.</translation>
    </message>
    <message>
        <source>it answers a report this version does not know.</source>
        <translation>responde a um relatório que esta versão não conhece.</translation>
    </message>
    <message>
        <source>its period is not one.</source>
        <translation>seu período não é válido.</translation>
    </message>
    <message>
        <source>its tables are missing or too many.</source>
        <translation>faltam as tabelas ou são demais.</translation>
    </message>
    <message>
        <source>a table counts something this version does not know.</source>
        <translation>uma tabela conta algo que esta versão não conhece.</translation>
    </message>
    <message>
        <source>a table&apos;s breakdowns are missing or too many.</source>
        <translation>faltam os desdobramentos de uma tabela ou são demais.</translation>
    </message>
    <message>
        <source>a table&apos;s breakdowns are unknown or repeated.</source>
        <translation>os desdobramentos de uma tabela são desconhecidos ou repetidos.</translation>
    </message>
    <message>
        <source>a table&apos;s counts are missing or too many.</source>
        <translation>faltam as contagens de uma tabela ou são demais.</translation>
    </message>
    <message>
        <source>a count is not a combination and a number.</source>
        <translation>uma contagem não é uma combinação e um número.</translation>
    </message>
    <message>
        <source>a value is not a code.</source>
        <translation>um valor não é um código.</translation>
    </message>
    <message>
        <source>a combination does not fit its table or comes twice.</source>
        <translation>uma combinação não corresponde à sua tabela ou aparece duas vezes.</translation>
    </message>
    <message>
        <source>a count is not a whole number from 1 to %L1.</source>
        <translation>uma contagem não é um número inteiro de 1 a %L1.</translation>
    </message>
</context>
<context>
    <name>CountsPackageService</name>
    <message>
        <source>Write the period as a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Escreva o período como um mês (2026-03) ou um trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>The counts package could not be written to %1: %2</source>
        <translation>Não foi possível gravar o pacote de contagens em %1: %2</translation>
    </message>
    <message>
        <source>Open the organisations&apos; counts packages first.</source>
        <translation>Abra primeiro os pacotes de contagens das organizações.</translation>
    </message>
    <message>
        <source>%1 sent the counts of %2 to %3, the others of %4 to %5: add up one period at a time.</source>
        <translation>%1 enviou as contagens de %2 a %3, as outras de %4 a %5: some um período de cada vez.</translation>
    </message>
    <message>
        <source>There are two packages from %1: keep only the newer.</source>
        <translation>Há dois pacotes de %1: mantenha só o mais recente.</translation>
    </message>
    <message>
        <source>The package from %1 does not answer this version&apos;s report: ask them to send it again from an up-to-date Amparo.</source>
        <translation>O pacote de %1 não responde ao relatório desta versão: peça que o enviem de novo de um Amparo atualizado.</translation>
    </message>
    <message>
        <source>The organisations&apos; packages do not hold this breakdown.</source>
        <translation>Os pacotes das organizações não contêm este desdobramento.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Amparo&apos;s encryption library failed its self-test, so Amparo will not run: your data could not be protected. Reinstall Amparo.</source>
        <translation>A biblioteca de criptografia do Amparo falhou no autoteste, então o Amparo não vai rodar: seus dados não poderiam ser protegidos. Reinstale o Amparo.</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>Column %1 holds more than %L2 characters; no field of a record is this long. Check that quotation marks are closed.</source>
        <translation>A coluna %1 tem mais de %L2 caracteres; nenhum campo de um registro é tão longo. Verifique se as aspas estão fechadas.</translation>
    </message>
    <message>
        <source>The row has more than %L1 columns.</source>
        <translation>A linha tem mais de %L1 colunas.</translation>
    </message>
    <message>
        <source>A quotation mark opened in this row is never closed: the rest of the file was read as one cell.</source>
        <translation>Aspas abertas nesta linha nunca são fechadas: o restante do arquivo foi lido como uma só célula.</translation>
    </message>
</context>
<context>
    <name>CsvSource</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 não pôde ser lido: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSV file: it holds binary data. Choose the CSV or .xlsx file exported from your spreadsheet.</source>
        <translation>%1 não é um arquivo CSV: contém dados binários. Escolha o arquivo CSV ou .xlsx exportado da sua planilha.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vazio: não há nada para importar.</translation>
    </message>
    <message>
        <source>%1 could not be read again: %2</source>
        <translation>%1 não pôde ser lido novamente: %2</translation>
    </message>
    <message>
        <source>%1 has no rows: there is nothing to import.</source>
        <translation>%1 não tem linhas: não há nada para importar.</translation>
    </message>
    <message>
        <source>The first row of %1 cannot be read as column names: %2</source>
        <translation>A primeira linha de %1 não pode ser lida como nomes de colunas: %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>CSV text, %1, columns separated by %2</source>
        <translation>Texto CSV, %1, colunas separadas por %2</translation>
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
        <translation>Este ano</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>O mês passado</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos os registros</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas as unidades</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Export counts…</source>
        <translation>Exportar contagens…</translation>
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
        <translation>Nada registrado neste período.</translation>
    </message>
    <message>
        <source>%1 · Anonymized counts: anything below %2 is hidden (—), with the counts that would give it away.</source>
        <translation>%1 · Contagens anonimizadas: tudo o que for menor que %2 é ocultado (—), junto com as contagens que o revelariam.</translation>
    </message>
    <message>
        <source>Smallest count shown…</source>
        <translation>Menor contagem exibida…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Menor contagem exibida</translation>
    </message>
    <message>
        <source>Counts below this number are hidden in every statistic, export and report of the organisation (at least %1):</source>
        <translation>As contagens menores que este número são ocultadas em todas as estatísticas, exportações e relatórios da organização (no mínimo %1):</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Relatório…</translation>
    </message>
    <message>
        <source>Network…</source>
        <translation>Rede…</translation>
    </message>
    <message>
        <source>Send our counts to the network&apos;s coordinator, or add up the organisations&apos; counts.</source>
        <translation>Enviar nossas contagens à coordenação da rede, ou somar as contagens das organizações.</translation>
    </message>
</context>
<context>
    <name>DataRequestDecision</name>
    <message>
        <source>Not answered yet</source>
        <translation>Ainda sem resposta</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Atendido em parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Negado</translation>
    </message>
</context>
<context>
    <name>DataRequestKind</name>
    <message>
        <source>See their data</source>
        <translation>Ver seus dados</translation>
    </message>
    <message>
        <source>Correct their data</source>
        <translation>Corrigir seus dados</translation>
    </message>
    <message>
        <source>Erase their data</source>
        <translation>Apagar seus dados</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Retirar um consentimento</translation>
    </message>
</context>
<context>
    <name>DataRequestRepository</name>
    <message>
        <source>record the request about a person&apos;s data</source>
        <translation>registrar o pedido sobre os dados de uma pessoa</translation>
    </message>
    <message>
        <source>record the answer to the request</source>
        <translation>registrar a resposta ao pedido</translation>
    </message>
    <message>
        <source>read the request about a person&apos;s data</source>
        <translation>ler o pedido sobre os dados de uma pessoa</translation>
    </message>
    <message>
        <source>There is no request number %1.</source>
        <translation>Não há nenhum pedido número %1.</translation>
    </message>
    <message>
        <source>read the requests about people&apos;s data</source>
        <translation>ler os pedidos sobre os dados das pessoas</translation>
    </message>
    <message>
        <source>read the person&apos;s requests about their data</source>
        <translation>ler os pedidos da pessoa sobre seus dados</translation>
    </message>
    <message>
        <source>erase what the person said in their requests</source>
        <translation>apagar o que a pessoa disse em seus pedidos</translation>
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
        <translation>encaminhamento a outras organizações</translation>
    </message>
    <message>
        <source>family tracing</source>
        <translation>busca de familiares</translation>
    </message>
    <message>
        <source>gather what Amparo holds about the person</source>
        <translation>reunir o que o Amparo guarda sobre a pessoa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Informe a data em que o pedido foi recebido.</translation>
    </message>
    <message>
        <source>The date received is in the future.</source>
        <translation>A data de recebimento está no futuro.</translation>
    </message>
    <message>
        <source>Say how the person&apos;s identity was checked (for example, the document shown).</source>
        <translation>Diga como a identidade da pessoa foi verificada (por exemplo, o documento apresentado).</translation>
    </message>
    <message>
        <source>The request cannot be recorded as it is.</source>
        <translation>O pedido não pode ser registrado assim.</translation>
    </message>
    <message>
        <source>read the person&apos;s case</source>
        <translation>ler o caso da pessoa</translation>
    </message>
    <message>
        <source>That person is no longer registered.</source>
        <translation>Essa pessoa não está mais registrada.</translation>
    </message>
    <message>
        <source>A copy of everything Amparo holds about the person was handed over (%1).</source>
        <translation>Foi entregue uma cópia de tudo o que o Amparo guarda sobre a pessoa (%1).</translation>
    </message>
    <message>
        <source>handed over a copy of a person&apos;s data</source>
        <translation>entregou uma cópia dos dados de uma pessoa</translation>
    </message>
    <message>
        <source>Write what the person says is wrong.</source>
        <translation>Escreva o que a pessoa diz que está errado.</translation>
    </message>
    <message>
        <source>recorded a request to correct a person&apos;s data</source>
        <translation>registrou um pedido de correção dos dados de uma pessoa</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>Escolha a decisão.</translation>
    </message>
    <message>
        <source>Write what was changed, or why not.</source>
        <translation>Escreva o que foi alterado, ou por que não.</translation>
    </message>
    <message>
        <source>Request %1 was answered already (%2).</source>
        <translation>O pedido %1 já foi respondido (%2).</translation>
    </message>
    <message>
        <source>answered a request about a person&apos;s data</source>
        <translation>respondeu um pedido sobre os dados de uma pessoa</translation>
    </message>
    <message>
        <source>“%1” is not a purpose of consent.</source>
        <translation>“%1” não é uma finalidade do consentimento.</translation>
    </message>
    <message>
        <source>Choose the consent the person withdraws.</source>
        <translation>Escolha o consentimento que a pessoa retira.</translation>
    </message>
    <message>
        <source>Consent withdrawn for: %1.</source>
        <translation>Consentimento retirado para: %1.</translation>
    </message>
    <message>
        <source>record the consent withdrawn</source>
        <translation>registrar o consentimento retirado</translation>
    </message>
    <message>
        <source>recorded a consent withdrawn</source>
        <translation>registrou um consentimento retirado</translation>
    </message>
</context>
<context>
    <name>DataRequestsDialog</name>
    <message>
        <source>Requests about people&apos;s data</source>
        <translation>Pedidos sobre os dados das pessoas</translation>
    </message>
    <message>
        <source>Every request a person made about their data, newest first. A person is named by their case only; a request is made from the case (Data rights…).</source>
        <translation>Cada pedido que uma pessoa fez sobre seus dados, o mais recente primeiro. Uma pessoa é indicada apenas pelo seu caso; um pedido é feito a partir do caso (Direitos sobre os dados…).</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>O que foi pedido</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>what was changed, or why not</source>
        <translation>o que foi alterado, ou por que não</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Registrar a resposta</translation>
    </message>
</context>
<context>
    <name>DataRightsDialog</name>
    <message>
        <source>A person&apos;s rights over their data — %1</source>
        <translation>Os direitos de uma pessoa sobre seus dados — %1</translation>
    </message>
    <message>
        <source>for example: passport shown, compared with the photo</source>
        <translation>por exemplo: passaporte apresentado, comparado com a foto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Pedido recebido em</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>Identidade verificada com</translation>
    </message>
    <message>
        <source>See their data</source>
        <translation>Ver seus dados</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>Retirar um consentimento</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Write the copy (PDF)…</source>
        <translation>Gerar a cópia (PDF)…</translation>
    </message>
    <message>
        <source>Everything Amparo holds about the person, to hand over once their identity is checked: other members appear by their relationship only. Read the case&apos;s notes in it before handing it over.</source>
        <translation>Tudo o que o Amparo guarda sobre a pessoa, para entregar depois de verificada sua identidade: os demais membros aparecem apenas pelo parentesco. Leia as notas do caso incluídas antes de entregá-la.</translation>
    </message>
    <message>
        <source>In the person&apos;s language</source>
        <translation>No idioma da pessoa</translation>
    </message>
    <message>
        <source>in the person&apos;s words</source>
        <translation>nas palavras da pessoa</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Registrar o pedido</translation>
    </message>
    <message>
        <source>Make the correction in the case (it is recorded in the audit trail there), then answer the request in Administration → Requests about people&apos;s data: what was changed, or why not.</source>
        <translation>Faça a correção no caso (ela fica registrada na auditoria lá) e depois responda o pedido em Administração → Pedidos sobre os dados das pessoas: o que foi alterado, ou por que não.</translation>
    </message>
    <message>
        <source>What the person says is wrong</source>
        <translation>O que a pessoa diz que está errado</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Referral to other organisations</source>
        <translation>Encaminhamento a outras organizações</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Busca de familiares</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>The consent is the family&apos;s, recorded with the case. Without tracing consent the family leaves every search and matching pass at once; without referral consent no referral is made unless legal staff write why.</source>
        <translation>O consentimento é da família e fica registrado com o caso. Sem consentimento de busca a família sai imediatamente de toda busca e cruzamento; sem consentimento de encaminhamento nenhum encaminhamento é feito, a menos que a equipe jurídica escreva por quê.</translation>
    </message>
    <message>
        <source>Consent withdrawn for</source>
        <translation>Consentimento retirado para</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <source>for example: legal hold while the appeal is pending</source>
        <translation>por exemplo: retenção legal enquanto o recurso está pendente</translation>
    </message>
    <message>
        <source>Record the refusal</source>
        <translation>Registrar a negativa</translation>
    </message>
    <message>
        <source>Erasure removes the person from every record, the search and the audit trail&apos;s details, for good; their family&apos;s records stay. A case with no other member goes whole. Counts already published stay as they are. Backups made before keep them until restored: a restore erases them again.</source>
        <translation>A eliminação retira a pessoa de todo registro, da busca e do detalhe da auditoria, para sempre; os registros da família ficam. Um caso sem outro membro sai inteiro. Os números já publicados ficam como estão. As cópias de segurança anteriores a guardam até serem restauradas: uma restauração a apaga de novo.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Or refuse, because</source>
        <translation>Ou negar, porque</translation>
    </message>
    <message>
        <source>Save the copy of the person&apos;s data</source>
        <translation>Salvar a cópia dos dados da pessoa</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The copy was written to %1 and the request entered in the register.</source>
        <translation>A cópia foi gravada em %1 e o pedido entrou no registro.</translation>
    </message>
    <message>
        <source>Request %1 is in the register, waiting for its answer.</source>
        <translation>O pedido %1 está no registro, aguardando resposta.</translation>
    </message>
    <message>
        <source>The consent was withdrawn and the request entered in the register.</source>
        <translation>O consentimento foi retirado e o pedido entrou no registro.</translation>
    </message>
    <message>
        <source>Erase %1 for good? Nothing of the person can be brought back, and the case&apos;s audit trail keeps who did what, but no longer what it was.</source>
        <translation>Apagar %1 para sempre? Nada da pessoa poderá ser recuperado, e a auditoria do caso guarda quem fez o quê, mas não mais qual era o dado.</translation>
    </message>
    <message>
        <source>The person was erased, and the case with them: they were its only member.</source>
        <translation>A pessoa foi apagada, e o caso com ela: era seu único membro.</translation>
    </message>
    <message>
        <source>The person was erased; the rest of the family stays in the case.</source>
        <translation>A pessoa foi apagada; o resto da família continua no caso.</translation>
    </message>
    <message>
        <source>Another Amparo window has the database open: the last traces go when it closes.</source>
        <translation>Outra janela do Amparo está com o banco de dados aberto: os últimos vestígios somem quando ela fechar.</translation>
    </message>
    <message>
        <source>The refusal is in the register as request %1.</source>
        <translation>A negativa está no registro como pedido %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Nenhum arquivo de banco de dados foi informado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 é uma pasta, não um arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: you do not have permission to read it.</source>
        <translation>Não é possível ler o arquivo de banco de dados %1: você não tem permissão para lê-lo.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>Não é possível ler o arquivo de banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is too short). Restore it from a backup.</source>
        <translation>O arquivo de banco de dados %1 está danificado (é curto demais). Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it has been cut short). Restore it from a backup.</source>
        <translation>O arquivo de banco de dados %1 está danificado (foi cortado). Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Amparo needs to write to it and to its folder: copy it to a folder you can write to, or ask for permission to write.</source>
        <translation>O arquivo de banco de dados %1 é somente leitura. O Amparo precisa gravar nele e na pasta dele: copie-o para uma pasta onde você possa gravar ou peça permissão de gravação.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Não foi possível criar a pasta %1 para o banco de dados.</translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation>abrir o banco de dados %1</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>O arquivo de banco de dados %1 está danificado e não pode ser aberto. Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo database: it belongs to another program. Choose another file.</source>
        <translation>%1 não é um banco de dados do Amparo: pertence a outro programa. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Amparo (schema %2; this version knows schema %3). Install the newer version of Amparo to open it.</source>
        <translation>O banco de dados %1 foi criado por uma versão mais nova do Amparo (esquema %2; esta versão conhece o esquema %3). Instale a versão mais nova do Amparo para abri-lo.</translation>
    </message>
    <message>
        <source>prepare the database %1</source>
        <translation>preparar o banco de dados %1</translation>
    </message>
    <message>
        <source>The database %1 cannot use safe writing (WAL mode); is it on a network drive? Copy it to a local disk.</source>
        <translation>O banco de dados %1 não pode usar gravação segura (modo WAL); ele está em uma unidade de rede? Copie-o para um disco local.</translation>
    </message>
    <message>
        <source>%1 The database was left as it was; a copy made before the upgrade is at %2.</source>
        <translation>%1 O banco de dados ficou como estava; há uma cópia feita antes da atualização em %2.</translation>
    </message>
    <message>
        <source>copy the database before upgrading it</source>
        <translation>copiar o banco de dados antes de atualizá-lo</translation>
    </message>
    <message>
        <source>Could not make a sound copy of the database before upgrading it; nothing was changed. Check the free space on the disk.</source>
        <translation>Não foi possível fazer uma cópia íntegra do banco de dados antes de atualizá-lo; nada foi alterado. Verifique o espaço livre no disco.</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>ler o banco de dados</translation>
    </message>
    <message>
        <source>Could not read the schema version.</source>
        <translation>Não foi possível ler a versão do esquema.</translation>
    </message>
    <message>
        <source>write to the database</source>
        <translation>gravar no banco de dados</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>O banco de dados não está aberto.</translation>
    </message>
    <message>
        <source>This copy of Amparo holds two different SQLite libraries (Qt&apos;s %1, Amparo&apos;s own %2) and will not write to a database through the wrong one. Reinstall Amparo from its package, or build it against the SQLite that Qt uses.</source>
        <translation>Esta cópia do Amparo contém duas bibliotecas SQLite diferentes (a do Qt, %1, e a do próprio Amparo, %2) e não vai gravar num banco de dados pela biblioteca errada. Reinstale o Amparo a partir do seu pacote, ou compile-o com o SQLite que o Qt usa.</translation>
    </message>
    <message>
        <source>“%1” is not a server location. Write it as postgresql://server/database (or postgresql://server:5432/database).</source>
        <translation>“%1” não é o local de um servidor. Escreva-o como postgresql://servidor/banco (ou postgresql://servidor:5432/banco).</translation>
    </message>
    <message>
        <source>Could not reach the database %1 on its server: %2 Check the network and the server&apos;s address, then try again.</source>
        <translation>Não foi possível alcançar o banco de dados %1 no seu servidor: %2 Verifique a rede e o endereço do servidor e tente novamente.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo database: it belongs to another program. Choose another database on the server.</source>
        <translation>%1 não é um banco de dados do Amparo: pertence a outro programa. Escolha outro banco de dados no servidor.</translation>
    </message>
    <message>
        <source>The server of %1 did not accept the user name or password. Check them (they are your own server account, given by whoever set up the server) and try again.</source>
        <translation>O servidor de %1 não aceitou o nome de usuário ou a senha. Verifique-os (são sua própria conta no servidor, fornecida por quem o configurou) e tente novamente.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check its name in the location %2.</source>
        <translation>O servidor não tem nenhum banco de dados “%1”. Verifique o nome no local %2.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached: %2 Check the network; nothing was saved half-way, and what you typed is still here.</source>
        <translation>Não é possível alcançar o servidor de %1: %2 Verifique a rede; nada foi salvo pela metade e o que você digitou continua aqui.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Write the server&apos;s name or address, for example office-server or 192.168.1.10.</source>
        <translation>Escreva o nome ou o endereço do servidor, por exemplo servidor-escritorio ou 192.168.1.10.</translation>
    </message>
    <message>
        <source>A port is a number up to 65535.</source>
        <translation>Uma porta é um número até 65535.</translation>
    </message>
    <message>
        <source>Write the database&apos;s name as the server&apos;s set-up gave it (for example amparo).</source>
        <translation>Escreva o nome do banco de dados como a configuração do servidor o deu (por exemplo amparo).</translation>
    </message>
    <message>
        <source>The server of %1 turns this connection away: it accepts only encrypted connections from the office&apos;s network, for the server accounts it knows. Check the address and your server account, or ask whoever set up the server to let this computer in.</source>
        <translation>O servidor de %1 recusa esta conexão: só aceita conexões criptografadas da rede do escritório, para as contas do servidor que conhece. Verifique o endereço e sua conta no servidor, ou peça a quem o configurou que permita a entrada deste computador.</translation>
    </message>
    <message>
        <source>The server of %1 no longer lets this account sign in: the user was deactivated. Ask an administrator.</source>
        <translation>O servidor de %1 não permite mais a entrada desta conta: o usuário foi desativado. Pergunte a um administrador.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>Essa frase-senha não está correta. Verifique se o Caps Lock está desligado e tente de novo.</translation>
    </message>
    <message>
        <source>Could not reach the server to check the passphrase: %1</source>
        <translation>Não foi possível contatar o servidor para verificar a frase-senha: %1</translation>
    </message>
    <message>
        <source>Write the server account as whoever set up the server gave it (or leave it empty to sign in with your Amparo name).</source>
        <translation>Escreva a conta do servidor como quem configurou o servidor a passou (ou deixe-a vazia para entrar com seu nome no Amparo).</translation>
    </message>
    <message>
        <source>The database %1 must first be set up or upgraded for this version of Amparo by its owner&apos;s server account (amparo-cli with the owner&apos;s account, see the README). Your own account may not change its tables.</source>
        <translation>O banco de dados %1 precisa antes ser preparado ou atualizado para esta versão do Amparo pela conta proprietária do servidor (amparo-cli com a conta proprietária, veja o README). Sua própria conta não pode alterar as tabelas.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>O nome de usuário ou a frase-senha não estão corretos. Verifique se o Caps Lock está desligado e tente de novo.</translation>
    </message>
    <message>
        <source>The server account %1 is not the own account of an Amparo user of %2. Leave the account out of the location (postgresql://server/%3) and sign in with your Amparo name and passphrase; the owner&apos;s account is for setting up.</source>
        <translation>A conta do servidor %1 não é a conta própria de um usuário do Amparo de %2. Tire a conta do endereço (postgresql://servidor/%3) e entre com seu nome e frase-senha do Amparo; a conta proprietária é para a configuração.</translation>
    </message>
    <message>
        <source>The server gave no new numbers for the table %1.</source>
        <translation>O servidor não deu números novos para a tabela %1.</translation>
    </message>
    <message>
        <source>The database %1 is encrypted: sign in with your passphrase, or open it with its recovery key.</source>
        <translation>O banco de dados %1 está criptografado: entre com sua frase-senha, ou abra-o com sua chave de recuperação.</translation>
    </message>
    <message>
        <source>Amparo could not prepare its encryption for the database %1.</source>
        <translation>O Amparo não conseguiu preparar a criptografia do banco de dados %1.</translation>
    </message>
    <message>
        <source>%1 is not an Amparo database that can be read: it is not a database file at all, or it is an encrypted one whose key file (%2) is missing. Choose another file, or put its key file back beside it.</source>
        <translation>%1 não é um banco de dados do Amparo que se possa ler: não é um arquivo de banco de dados, ou é um criptografado ao qual falta seu arquivo de chaves (%2). Escolha outro arquivo, ou coloque de volta o arquivo de chaves ao lado dele.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoiceDialog</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Boas-vindas ao Amparo</translation>
    </message>
    <message>
        <source>Where are this organisation&apos;s cases kept?</source>
        <translation>Onde ficam os casos desta organização?</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Somente neste computador</translation>
    </message>
    <message>
        <source>A database file of this computer&apos;s account. Nothing else to set up.</source>
        <translation>Um arquivo de banco de dados da conta deste computador. Nada mais a configurar.</translation>
    </message>
    <message>
        <source>On our office&apos;s server</source>
        <translation>No servidor do nosso escritório</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Everyone in the office works on the same cases. Whoever set up the server gives you its address; you sign in with your Amparo name and passphrase.</source>
        <translation>Todos no escritório trabalham nos mesmos casos. Quem configurou o servidor lhe passa o endereço; você entra com seu nome e frase-senha do Amparo.</translation>
    </message>
    <message>
        <source>Empty, unless you set up the server</source>
        <translation>Vazia, a menos que você tenha configurado o servidor</translation>
    </message>
    <message>
        <source>Owner&apos;s account</source>
        <translation>Conta proprietária</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>list the columns of %1</source>
        <translation>listar as colunas de %1</translation>
    </message>
    <message>
        <source>The target database has no table %1: it is not on the same schema.</source>
        <translation>O banco de dados de destino não tem a tabela %1: não está no mesmo esquema.</translation>
    </message>
    <message>
        <source>The column %1 of %2 has a name Amparo does not write.</source>
        <translation>A coluna %1 de %2 tem um nome que o Amparo não escreve.</translation>
    </message>
    <message>
        <source>A database cannot be copied into itself.</source>
        <translation>Um banco de dados não pode ser copiado para si mesmo.</translation>
    </message>
    <message>
        <source>%1 is on schema %2 and %3 on schema %4: open both with this version of Amparo first, so that both are brought up to date. Nothing was copied.</source>
        <translation>%1 está no esquema %2 e %3 no esquema %4: abra ambos primeiro com esta versão do Amparo para que os dois sejam atualizados. Nada foi copiado.</translation>
    </message>
    <message>
        <source>copy the table %1</source>
        <translation>copiar a tabela %1</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to the target.</source>
        <translation>A cópia foi cancelada; nada foi escrito no destino.</translation>
    </message>
    <message>
        <source>continue the numbering of %1</source>
        <translation>continuar a numeração de %1</translation>
    </message>
    <message>
        <source>count the rows of %1</source>
        <translation>contar as linhas de %1</translation>
    </message>
    <message>
        <source>The table %1 has a name Amparo does not write.</source>
        <translation>A tabela %1 tem um nome que o Amparo não escreve.</translation>
    </message>
    <message>
        <source>%1 is not empty (its table %2 holds rows): Amparo copies only into an empty database, so that nothing there is mixed or overwritten. Nothing was copied.</source>
        <translation>%1 não está vazio (sua tabela %2 tem linhas): o Amparo só copia para um banco de dados vazio, para que nada seja misturado ou sobrescrito. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy of %1 is incomplete (%2 rows of %3); nothing was copied.</source>
        <translation>A cópia de %1 está incompleta (%2 linhas de %3); nada foi copiado.</translation>
    </message>
    <message>
        <source>The audit trail did not arrive as it was (%1 entries of %2); nothing was copied.</source>
        <translation>O registro de auditoria não chegou como estava (%1 entradas de %2); nada foi copiado.</translation>
    </message>
    <message>
        <source>prepare the copied database for use</source>
        <translation>preparar o banco de dados copiado para uso</translation>
    </message>
</context>
<context>
    <name>DatabaseEncryptor</name>
    <message>
        <source>The encrypted copy fails its integrity check (%1); nothing was changed.</source>
        <translation>A cópia criptografada não passa na verificação de integridade (%1); nada foi alterado.</translation>
    </message>
    <message>
        <source>The encrypted copy does not hold every row of %1; nothing was changed.</source>
        <translation>A cópia criptografada não tem todas as linhas de %1; nada foi alterado.</translation>
    </message>
    <message>
        <source>A server&apos;s database is not encrypted by Amparo: its disk is the server&apos;s, and whoever looks after it encrypts it.</source>
        <translation>O Amparo não criptografa o banco de dados de um servidor: o disco é do servidor, e quem o administra o criptografa.</translation>
    </message>
    <message>
        <source>This database is encrypted already.</source>
        <translation>Este banco de dados já está criptografado.</translation>
    </message>
    <message>
        <source>encryption turned on; each active user keeps their passphrase, and a new recovery key was made</source>
        <translation>criptografia ativada; cada usuário ativo mantém sua frase-senha, e uma nova chave de recuperação foi criada</translation>
    </message>
    <message>
        <source>a new recovery key replaced the previous one</source>
        <translation>uma nova chave de recuperação substituiu a anterior</translation>
    </message>
</context>
<context>
    <name>DatabaseKeys</name>
    <message>
        <source>The database is locked: sign in again to change its keys.</source>
        <translation>O banco de dados está bloqueado: entre novamente para alterar suas chaves.</translation>
    </message>
    <message>
        <source>%1 already exists: only a new database is created encrypted this way.</source>
        <translation>%1 já existe: assim só se cria criptografado um banco de dados novo.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Não foi possível criar a pasta %1 para o banco de dados.</translation>
    </message>
    <message>
        <source>This database is not encrypted: it has no recovery key.</source>
        <translation>Este banco de dados não está criptografado: não tem chave de recuperação.</translation>
    </message>
</context>
<context>
    <name>DeadlineCountLabel</name>
    <message>
        <source>Show the deadlines</source>
        <translation>Mostrar os prazos</translation>
    </message>
    <message>
        <source>Deadlines: %1 overdue · %2 due soon</source>
        <translation>Prazos: %1 vencidos · %2 em breve</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Add a deadline</source>
        <translation>Adicionar um prazo</translation>
    </message>
    <message>
        <source>what must be done</source>
        <translation>o que deve ser feito</translation>
    </message>
    <message>
        <source>(the case as a whole)</source>
        <translation>(o caso como um todo)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Adicionar prazo</translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message>
        <source>save the deadline</source>
        <translation>salvar o prazo</translation>
    </message>
    <message>
        <source>The deadline no longer exists.</source>
        <translation>O prazo não existe mais.</translation>
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
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais adiante</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dia de atraso</numerusform>
            <numerusform>%n dias de atraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what is due.</source>
        <translation>Diga o que vence.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>No máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Informe a data de vencimento.</translation>
    </message>
    <message>
        <source>A new deadline cannot be in the past.</source>
        <translation>Um prazo novo não pode estar no passado.</translation>
    </message>
    <message>
        <source>%1 of %2 expires</source>
        <translation>%1 de %2 vence</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Em breve</translation>
    </message>
    <message>
        <source>Follow up the risk screening of %1 (overall rating: %2)</source>
        <translation>Acompanhamento da avaliação de risco de %1 (classificação geral: %2)</translation>
    </message>
</context>
<context>
    <name>DeadlinesCommand</name>
    <message>
        <source>list open deadlines, soonest first (for a daily reminder)</source>
        <translation>listar os prazos abertos, os mais próximos primeiro (para um lembrete diário)</translation>
    </message>
    <message>
        <source>Only the deadlines already missed.</source>
        <translation>Somente os prazos já vencidos.</translation>
    </message>
    <message>
        <source>Only those due in the next DAYS days, with those already missed.</source>
        <translation>Somente os que vencem nos próximos DAYS dias, com os já vencidos.</translation>
    </message>
    <message>
        <source>Only those the signed-in user is responsible for.</source>
        <translation>Somente aqueles pelos quais o usuário conectado é responsável.</translation>
    </message>
    <message>
        <source>--within must be a number of days from 0 to 3660.</source>
        <translation>--within deve ser um número de dias entre 0 e 3660.</translation>
    </message>
    <message>
        <source>Use either --overdue or --within, not both.</source>
        <translation>Use --overdue ou --within, não ambos.</translation>
    </message>
    <message>
        <source>--format must be text, csv or json.</source>
        <translation>--format deve ser text, csv ou json.</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>Não há prazos abertos.</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Document expiry</source>
        <translation>Vencimento de documento</translation>
    </message>
    <message>
        <source>Done on %1 by %2</source>
        <translation>Feito em %1 por %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
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
        <translation>Meus (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Show those done</source>
        <translation>Mostrar os feitos</translation>
    </message>
    <message>
        <source>Add deadline…</source>
        <translation>Adicionar prazo…</translation>
    </message>
    <message>
        <source>Double-click a deadline to open its case.</source>
        <translation>Clique duas vezes em um prazo para abrir o caso.</translation>
    </message>
    <message>
        <source>Nothing overdue or due this week.</source>
        <translation>Nada vencido nem a vencer esta semana.</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due today · %3 in the next seven days</source>
        <translation>%1 vencidos · %2 vencem hoje · %3 nos próximos sete dias</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message numerus="yes">
        <source>%n coming up.</source>
        <translation>
            <numerusform>%n por vir.</numerusform>
            <numerusform>%n por vir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoDataBanner</name>
    <message>
        <source>&lt;b&gt;Demonstration data:&lt;/b&gt; the cases of the site %1 (“%2”) are invented people. An administrator removes them in one step from Administration → Remove the demonstration data.</source>
        <translation>&lt;b&gt;Dados de demonstração:&lt;/b&gt; os casos do local %1 (“%2”) são pessoas inventadas. Um administrador os remove em um só passo em Administração → Remover os dados de demonstração.</translation>
    </message>
</context>
<context>
    <name>DemoDataPage</name>
    <message>
        <source>Ready to start</source>
        <translation>Pronto para começar</translation>
    </message>
    <message>
        <source>Step 3 of 3</source>
        <translation>Passo 3 de 3</translation>
    </message>
    <message>
        <source>To try Amparo before registering real people, add demonstration data: %1 invented people in families, at a site of their own called “%2”. None of them exists. Administration → Remove the demonstration data takes all of them away in one step, and real cases registered meanwhile stay.</source>
        <translation>Para experimentar o Amparo antes de registrar pessoas reais, adicione dados de demonstração: %1 pessoas inventadas em famílias, em um local próprio chamado “%2”. Nenhuma delas existe. Administração → Remover os dados de demonstração apaga todas em um só passo, e os casos reais registrados nesse meio-tempo continuam.</translation>
    </message>
    <message>
        <source>Add demonstration data (invented people)</source>
        <translation>Adicionar dados de demonstração (pessoas inventadas)</translation>
    </message>
    <message>
        <source>Open the form for the first case when Amparo starts</source>
        <translation>Abrir o formulário do primeiro caso quando o Amparo iniciar</translation>
    </message>
    <message>
        <source>Help → Amparo help (F1) explains each task: registering a family, screening for risk, recording a decision, finding a relative, the monthly report and backups.</source>
        <translation>Ajuda → Ajuda do Amparo (F1) explica cada tarefa: registrar uma família, fazer a triagem de risco, registrar uma decisão, encontrar um familiar, o relatório mensal e as cópias de segurança.</translation>
    </message>
    <message>
        <source>%1 Uncheck the demonstration data to go on without it.</source>
        <translation>%1 Desmarque os dados de demonstração para continuar sem eles.</translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>The demonstration data is already in this database, at the site %1.</source>
        <translation>Os dados de demonstração já estão neste banco de dados, no local %1.</translation>
    </message>
    <message>
        <source>Demonstration data can only be added to a database without cases, so that invented people are never mixed with real ones.</source>
        <translation>Os dados de demonstração só podem ser adicionados a um banco de dados sem casos, para que pessoas inventadas nunca se misturem com as reais.</translation>
    </message>
    <message>
        <source>A site with the code %1 already exists; demonstration data needs that code for itself.</source>
        <translation>Já existe um local com o código %1; os dados de demonstração precisam desse código.</translation>
    </message>
    <message>
        <source>Demonstration (invented people)</source>
        <translation>Demonstração (pessoas inventadas)</translation>
    </message>
    <message>
        <source>%1 invented persons in %2 cases</source>
        <translation>%1 pessoas inventadas em %2 casos</translation>
    </message>
    <message>
        <source>There is no demonstration data in this database.</source>
        <translation>Não há dados de demonstração neste banco de dados.</translation>
    </message>
    <message>
        <source>remove the demonstration data</source>
        <translation>remover os dados de demonstração</translation>
    </message>
    <message>
        <source>%1 cases, %2 persons and %3 tracing requests removed</source>
        <translation>%1 casos, %2 pessoas e %3 solicitações de busca removidos</translation>
    </message>
    <message>
        <source>%1 invented persons in %2 cases (seed %3)</source>
        <translation>%1 pessoas fictícias em %2 casos (semente %3)</translation>
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
        <translation>O Amparo não pode iniciar</translation>
    </message>
    <message>
        <source>Amparo cannot open the database</source>
        <translation>O Amparo não pode abrir o banco de dados</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Banco de dados atualizado</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Amparo. A copy of the previous file was kept at %1.</source>
        <translation>O banco de dados foi atualizado para esta versão do Amparo. Uma cópia do arquivo anterior foi guardada em %1.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept at %1. Sign in again.</source>
        <translation>A cópia foi restaurada. O banco de dados anterior foi guardado em %1. Entre de novo.</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Dados de referência</translation>
    </message>
    <message>
        <source>Office server</source>
        <translation>Servidor do escritório</translation>
    </message>
    <message>
        <source>The database is on the office server %1.
Password of your server account %2:</source>
        <translation>O banco de dados está no servidor do escritório %1.
Senha da sua conta no servidor %2:</translation>
    </message>
    <message>
        <source>The server did not accept that password.
Password of your server account %1:</source>
        <translation>O servidor não aceitou essa senha.
Senha da sua conta no servidor %1:</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Criptografar o banco de dados</translation>
    </message>
    <message>
        <source>The database is encrypted. Sign in again with your passphrase.</source>
        <translation>O banco de dados está criptografado. Entre novamente com sua frase-senha.</translation>
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
        <translation>Faixa etária (0–4, 5–11, 12–17, 18–59, 60+)</translation>
    </message>
    <message>
        <source>Children and adults (0–17, 18+)</source>
        <translation>Crianças e adultos (0–17, 18+)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department, state or province</source>
        <translation>Departamento, estado ou província</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>Categoria de risco</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <source>Specific-needs category</source>
        <translation>Categoria de necessidade específica</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Situação do caso</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Situação da solicitação</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Overall risk rating</source>
        <translation>Classificação geral do risco</translation>
    </message>
    <message>
        <source>Made or received</source>
        <translation>Feito ou recebido</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Where the referral stands</source>
        <translation>Situação do encaminhamento</translation>
    </message>
    <message>
        <source>Time to answer</source>
        <translation>Tempo de resposta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Quem fez</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>O que o Estado fez</translation>
    </message>
    <message>
        <source>Reported to an institution</source>
        <translation>Denunciado a uma instituição</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Told in a case or an interview</source>
        <translation>Relatado em um caso ou em uma entrevista</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Situação migratória</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>Intenções</translation>
    </message>
    <message>
        <source>Risks upon return</source>
        <translation>Riscos em caso de retorno</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necessidades</translation>
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
        <translation>Pessoa com deficiência</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Indígena</translation>
    </message>
    <message>
        <source>Afro-descendant</source>
        <translation>Afrodescendente</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carteira de identidade</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Certidão de nascimento</translation>
    </message>
    <message>
        <source>Residence or stay permit</source>
        <translation>Autorização de residência ou permanência</translation>
    </message>
    <message>
        <source>Asylum seeker document</source>
        <translation>Documento de solicitante de refúgio</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Outro documento</translation>
    </message>
</context>
<context>
    <name>DocumentsEdit</name>
    <message>
        <source>Has no identity document</source>
        <translation>Não tem documento de identidade</translation>
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
        <translation>Adicionar documento</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Remover documento</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/aaaa</translation>
    </message>
    <message>
        <source>Expiry date as dd/mm/yyyy; leave empty if the document does not expire.</source>
        <translation>Data de vencimento como dd/mm/aaaa; deixe vazio se o documento não vence.</translation>
    </message>
    <message>
        <source>The expiry date “%1” is not a date; write it as dd/mm/yyyy.</source>
        <translation>A data de vencimento “%1” não é uma data; escreva-a como dd/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>the same document %1 (%2)</source>
        <translation>o mesmo documento %1 (%2)</translation>
    </message>
    <message>
        <source>a very similar name and the same date of birth (%1)</source>
        <translation>um nome muito parecido e a mesma data de nascimento (%1)</translation>
    </message>
</context>
<context>
    <name>DuplicateScan</name>
    <message>
        <source>The search for duplicates was cancelled.</source>
        <translation>A busca de duplicados foi cancelada.</translation>
    </message>
    <message>
        <source>look for possible duplicates</source>
        <translation>procurar possíveis duplicados</translation>
    </message>
    <message>
        <source>the same document number (%1)</source>
        <translation>o mesmo número de documento (%1)</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>o mesmo número de telefone</translation>
    </message>
    <message>
        <source>%1 and the same date of birth</source>
        <translation>%1 e a mesma data de nascimento</translation>
    </message>
    <message>
        <source>%1 and a close birth</source>
        <translation>%1 e um nascimento próximo</translation>
    </message>
</context>
<context>
    <name>EncryptCommand</name>
    <message>
        <source>encrypt a plaintext database file (administrators)</source>
        <translation>criptografar um arquivo de banco de dados não criptografado (administradores)</translation>
    </message>
    <message>
        <source>Write the recovery key to this file instead of printing it.</source>
        <translation>Gravar a chave de recuperação neste arquivo em vez de mostrá-la.</translation>
    </message>
    <message>
        <source>Encrypting… %1%</source>
        <translation>Criptografando… %1%</translation>
    </message>
    <message>
        <source>The plaintext file was overwritten and removed. On an SSD, pieces of it may survive on the disk until they are written over.</source>
        <translation>O arquivo não criptografado foi sobrescrito e removido. Num disco SSD, partes dele podem ficar no disco até que se grave por cima.</translation>
    </message>
    <message>
        <source>On an encrypted database: make a new recovery key; the old one stops working.</source>
        <translation>Num banco de dados criptografado: criar uma nova chave de recuperação; a anterior deixa de funcionar.</translation>
    </message>
</context>
<context>
    <name>EncryptedCopy</name>
    <message>
        <source>Amparo could not prepare its encryption.</source>
        <translation>O Amparo não conseguiu preparar sua criptografia.</translation>
    </message>
    <message>
        <source>SQLite refused to make room for encryption in the database&apos;s pages.</source>
        <translation>O SQLite recusou-se a deixar espaço para a criptografia nas páginas do banco de dados.</translation>
    </message>
    <message>
        <source>write the encrypted copy %1</source>
        <translation>gravar a cópia criptografada %1</translation>
    </message>
    <message>
        <source>A server&apos;s database is not encrypted by Amparo: its disk is the server&apos;s.</source>
        <translation>O Amparo não criptografa o banco de dados de um servidor: o disco é do servidor.</translation>
    </message>
    <message>
        <source>The encryption was cancelled; nothing was changed.</source>
        <translation>A criptografia foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>read the database held in memory</source>
        <translation>ler o banco de dados guardado na memória</translation>
    </message>
    <message>
        <source>The database held in memory is not a database SQLite can read.</source>
        <translation>O banco de dados guardado na memória não é um que o SQLite consiga ler.</translation>
    </message>
</context>
<context>
    <name>EncryptionSwitch</name>
    <message>
        <source>Could not %1; the database was left as it was and still opens.</source>
        <translation>Não foi possível %1; o banco de dados ficou como estava e continua abrindo.</translation>
    </message>
    <message>
        <source>The switch to the encrypted file was stopped.</source>
        <translation>A troca para o arquivo criptografado foi interrompida.</translation>
    </message>
    <message>
        <source>switch to the encrypted file while the old one still has changes in its log</source>
        <translation>trocar para o arquivo criptografado enquanto o anterior ainda tem alterações em seu registro</translation>
    </message>
    <message>
        <source>put the key file in place</source>
        <translation>colocar o arquivo de chaves no lugar</translation>
    </message>
    <message>
        <source>move the plaintext database aside</source>
        <translation>afastar o banco de dados não criptografado</translation>
    </message>
    <message>
        <source>put the encrypted database in place</source>
        <translation>colocar o banco de dados criptografado no lugar</translation>
    </message>
    <message>
        <source>Could not remove the file %1: remove it by hand.</source>
        <translation>Não foi possível remover o arquivo %1: remova-o manualmente.</translation>
    </message>
</context>
<context>
    <name>ErasureGround</name>
    <message>
        <source>No longer necessary for the purpose it was collected for</source>
        <translation>Não é mais necessário para a finalidade com que foi coletado</translation>
    </message>
    <message>
        <source>The person withdrew their consent</source>
        <translation>A pessoa retirou seu consentimento</translation>
    </message>
    <message>
        <source>The person objected and the objection was upheld</source>
        <translation>A pessoa se opôs e a oposição foi aceita</translation>
    </message>
    <message>
        <source>It was processed unlawfully</source>
        <translation>Foi tratado de forma ilícita</translation>
    </message>
</context>
<context>
    <name>ErasureRepository</name>
    <message>
        <source>record the erasure</source>
        <translation>registrar a eliminação</translation>
    </message>
    <message>
        <source>read the erasures</source>
        <translation>ler as eliminações</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message numerus="yes">
        <source>Erased: %n case(s) removed whole, </source>
        <translation>
            <numerusform>Apagada: %n caso retirado inteiro, </numerusform>
            <numerusform>Apagada: %n casos retirados inteiros, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept for the rest of the family.</source>
        <translation>
            <numerusform>%n mantido para o resto da família.</numerusform>
            <numerusform>%n mantidos para o resto da família.</numerusform>
        </translation>
    </message>
    <message>
        <source>read the person&apos;s identifier</source>
        <translation>ler o identificador da pessoa</translation>
    </message>
    <message>
        <source>Enter the date the request was received.</source>
        <translation>Informe a data em que o pedido foi recebido.</translation>
    </message>
    <message>
        <source>The audit trail does not verify (Administration → Audit trail → Verify says where), so nothing was erased: an erasure now would hide what changed it.</source>
        <translation>A auditoria não confere (Administração → Auditoria → Verificar diz onde), então nada foi apagado: uma eliminação agora esconderia o que a alterou.</translation>
    </message>
    <message>
        <source>read the person&apos;s case</source>
        <translation>ler o caso da pessoa</translation>
    </message>
    <message>
        <source>erased a person at their request (%1)</source>
        <translation>apagou uma pessoa a pedido dela (%1)</translation>
    </message>
    <message>
        <source>Say why the erasure is refused (for example, a legal hold).</source>
        <translation>Diga por que a eliminação é negada (por exemplo, uma retenção legal).</translation>
    </message>
    <message>
        <source>Say why the erasure is refused.</source>
        <translation>Diga por que a eliminação é negada.</translation>
    </message>
    <message>
        <source>refused to erase a person&apos;s data</source>
        <translation>negou apagar os dados de uma pessoa</translation>
    </message>
    <message>
        <source>find the person erased</source>
        <translation>procurar a pessoa apagada</translation>
    </message>
    <message>
        <source>Erased again after a restore of an older backup.</source>
        <translation>Apagada de novo após restaurar uma cópia de segurança anterior.</translation>
    </message>
    <message>
        <source>erased again after a restore: the erasure of %1 by %2 (%3)</source>
        <translation>apagou de novo após uma restauração: a eliminação de %1 por %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message numerus="yes">
        <source>%n field(s) need attention before saving.</source>
        <translation>
            <numerusform>%n campo precisa de atenção antes de salvar.</numerusform>
            <numerusform>%n campos precisam de atenção antes de salvar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record what happened</source>
        <translation>Registrar o que aconteceu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>What the person was told, what was handed in…</source>
        <translation>O que foi dito à pessoa, o que foi entregue…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcançada</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Data</translation>
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
        <translation>O procedimento passa para a etapa “%1”.</translation>
    </message>
    <message>
        <source>Outcome: %1.</source>
        <translation>Resultado: %1.</translation>
    </message>
    <message>
        <source>%1, valid until %2.</source>
        <translation>%1, válido até %2.</translation>
    </message>
    <message>
        <source>New deadline: %1 by %2.</source>
        <translation>Novo prazo: %1 até %2.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>An export definition saved from Amparo (JSON).</source>
        <translation>Uma definição de exportação salva pelo Amparo (JSON).</translation>
    </message>
    <message>
        <source>With --report: only this site (repeat for several).</source>
        <translation>Com --report: somente esta unidade (repita para várias).</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf.</source>
        <translation>csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>Language of a PDF: es, pt_BR or en.</source>
        <translation>Idioma do PDF: es, pt_BR ou en.</translation>
    </message>
    <message>
        <source>Give either --definition FILE or --report PERIOD.</source>
        <translation>Informe --definition ARQUIVO ou --report PERÍODO.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format deve ser csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <source>Say where to write it with --out FILE.</source>
        <translation>Indique onde gravá-lo com --out ARQUIVO.</translation>
    </message>
    <message>
        <source>--language must be es, pt_BR or en.</source>
        <translation>--language deve ser es, pt_BR ou en.</translation>
    </message>
    <message>
        <source>Write the period as a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Escreva o período como um mês (2026-03) ou um trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 gravado.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows, %3 counts hidden.</source>
        <translation>%1 gravado: %2 linhas, %3 contagens ocultas.</translation>
    </message>
    <message>
        <source>anonymized counts from a saved definition, or a monthly report</source>
        <translation>contagens anonimizadas de uma definição salva, ou um relatório mensal</translation>
    </message>
    <message>
        <source>A standard report for a month (2026-03) or a quarter (2026-Q1): a PDF with charts, an XLSX workbook or, as CSV, its most detailed table.</source>
        <translation>Um relatório padrão de um mês (2026-03) ou trimestre (2026-Q1): um PDF com gráficos, uma pasta de trabalho XLSX ou, em CSV, sua tabela mais detalhada.</translation>
    </message>
    <message>
        <source>With --report: activity (the default) or advocacy (what happened to people and what the state did).</source>
        <translation>Com --report: activity (o padrão) ou advocacy (o que aconteceu com as pessoas e o que o Estado fez).</translation>
    </message>
    <message>
        <source>--kind must be activity or advocacy.</source>
        <translation>--kind deve ser activity ou advocacy.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export anonymized counts</source>
        <translation>Exportar contagens anonimizadas</translation>
    </message>
    <message>
        <source>for example: Monthly report to the protection sector</source>
        <translation>por exemplo: Relatório mensal ao setor de proteção</translation>
    </message>
    <message>
        <source>2026-01 (empty: from the first record)</source>
        <translation>2026-01 (vazio: desde o primeiro registro)</translation>
    </message>
    <message>
        <source>2026-03 (empty: up to today)</source>
        <translation>2026-03 (vazio: até hoje)</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>Counts below this are hidden. Your organisation shows nothing below %1; you may hide more, never less.</source>
        <translation>As contagens menores que esta são ocultadas. Sua organização não exibe nada menor que %1; você pode ocultar mais, nunca menos.</translation>
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
        <translation>Do mês</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Até o mês</translation>
    </message>
    <message>
        <source>Only these sites</source>
        <translation>Somente estas unidades</translation>
    </message>
    <message>
        <source>Only this country</source>
        <translation>Somente este país</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Menor contagem exibida</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Salvar como CSV…</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Salvar como XLSX…</translation>
    </message>
    <message>
        <source>Open a definition…</source>
        <translation>Abrir uma definição…</translation>
    </message>
    <message>
        <source>Save the definition…</source>
        <translation>Salvar a definição…</translation>
    </message>
    <message>
        <source>This is exactly what the file will hold. “—” is a count hidden to protect the people counted.</source>
        <translation>Isto é exatamente o que o arquivo conterá. “—” é uma contagem oculta para proteger as pessoas contadas.</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>estatisticas</translation>
    </message>
    <message>
        <source>Save the counts</source>
        <translation>Salvar as contagens</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Open an export definition</source>
        <translation>Abrir uma definição de exportação</translation>
    </message>
    <message>
        <source>Export definitions (*.json)</source>
        <translation>Definições de exportação (*.json)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Save the export definition</source>
        <translation>Salvar a definição de exportação</translation>
    </message>
    <message>
        <source>export-definition.json</source>
        <translation>definicao-exportacao.json</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>FamilyGroupModel</name>
    <message>
        <source>Something in this person&apos;s record needs attention: open it to see what.</source>
        <translation>Algo no registro desta pessoa precisa de atenção: abra-o para ver o quê.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message numerus="yes">
        <source>about %n</source>
        <translation>
            <numerusform>cerca de %n</numerusform>
            <numerusform>cerca de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Idade (nascimento)</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Agora em</translation>
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
        <translation>Estas duas pessoas já estão vinculadas.</translation>
    </message>
    <message>
        <source>save the family link</source>
        <translation>salvar o vínculo familiar</translation>
    </message>
    <message>
        <source>The family link no longer exists.</source>
        <translation>O vínculo familiar não existe mais.</translation>
    </message>
    <message>
        <source>remove the family link</source>
        <translation>remover o vínculo familiar</translation>
    </message>
</context>
<context>
    <name>FamilyLinkService</name>
    <message>
        <source>A person cannot be their own relative.</source>
        <translation>Uma pessoa não pode ser seu próprio familiar.</translation>
    </message>
    <message>
        <source>Choose how the two are related.</source>
        <translation>Escolha o parentesco entre as duas pessoas.</translation>
    </message>
    <message>
        <source>The note can have at most 500 characters.</source>
        <translation>A nota pode ter no máximo 500 caracteres.</translation>
    </message>
</context>
<context>
    <name>FieldErrorLabel</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Boas-vindas ao Amparo</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
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
        <translation>Visita domiciliar</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>No escritório</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Ligação telefônica</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>fill a new, empty database with invented people (administrators)</source>
        <translation>preencher um banco de dados novo e vazio com pessoas inventadas (administradores)</translation>
    </message>
    <message>
        <source>How many persons (1 to 5,000,000).</source>
        <translation>Quantas pessoas (de 1 a 5.000.000).</translation>
    </message>
    <message>
        <source>The same seed gives the same population.</source>
        <translation>A mesma semente gera a mesma população.</translation>
    </message>
    <message>
        <source>--persons must be a number from 1 to 5,000,000.</source>
        <translation>--persons deve ser um número de 1 a 5.000.000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>%1 of %2 persons</source>
        <translation>%1 de %2 pessoas</translation>
    </message>
    <message>
        <source>%1 persons in %2 cases, %3 risk screenings, %4 legal procedures with %5 deadlines, %6 case plans with %7 steps, %8 tracing requests (%9 about someone registered).</source>
        <translation>%1 pessoas em %2 casos, %3 triagens de risco, %4 procedimentos legais com %5 prazos, %6 planos de caso com %7 passos, %8 solicitações de busca (%9 sobre alguém registrado).</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Change the goal</source>
        <translation>Alterar o objetivo</translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation>Definir um objetivo</translation>
    </message>
    <message>
        <source>what the work with the family aims at</source>
        <translation>o que o trabalho com a família busca</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Definir objetivo</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Alcançado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>The holidays file cannot be used: %1</source>
        <translation>O arquivo de feriados não pode ser usado: %1</translation>
    </message>
    <message>
        <source>“%1” is not a country code.</source>
        <translation>“%1” não é um código de país.</translation>
    </message>
    <message>
        <source>“%1” under %2 is not a date (YYYY-MM-DD).</source>
        <translation>“%1” em %2 não é uma data (AAAA-MM-DD).</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>bring persons and family groups in from a CSV or .xlsx file (FILE --mapping MAPPING [--dry-run])</source>
        <translation>trazer pessoas e grupos familiares de um arquivo CSV ou .xlsx (FILE --mapping MAPPING [--dry-run])</translation>
    </message>
    <message>
        <source>The CSV or .xlsx file.</source>
        <translation>O arquivo CSV ou .xlsx.</translation>
    </message>
    <message>
        <source>The mapping (JSON) saved from the import window or written by --propose-mapping.</source>
        <translation>O mapeamento (JSON) salvo na janela de importação ou escrito por --propose-mapping.</translation>
    </message>
    <message>
        <source>Write the mapping Amparo proposes for FILE to this file, to check and use; nothing is imported.</source>
        <translation>Gravar neste arquivo o mapeamento que o Amparo propõe para FILE, para revisar e usar; nada é importado.</translation>
    </message>
    <message>
        <source>Check every row and show what would be imported; write nothing.</source>
        <translation>Verificar todas as linhas e mostrar o que seria importado; não gravar nada.</translation>
    </message>
    <message>
        <source>The sheet of a workbook, from 1 (default 1).</source>
        <translation>A planilha de uma pasta de trabalho, a partir de 1 (padrão 1).</translation>
    </message>
    <message>
        <source>Save what happened to every row as CSV.</source>
        <translation>Salvar como CSV o que aconteceu com cada linha.</translation>
    </message>
    <message>
        <source>import needs one FILE.</source>
        <translation>import precisa de um FILE.</translation>
    </message>
    <message>
        <source>import needs --mapping MAPPING (write one with --propose-mapping OUT).</source>
        <translation>import precisa de --mapping MAPPING (grave um com --propose-mapping OUT).</translation>
    </message>
    <message>
        <source>--sheet must be a number from 1.</source>
        <translation>--sheet deve ser um número a partir de 1.</translation>
    </message>
    <message>
        <source>Check the mapping (and set &quot;defaultSite&quot;), then import with --mapping.</source>
        <translation>Revise o mapeamento (e defina &quot;defaultSite&quot;); depois importe com --mapping.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation>Verificando %1 (%2)…</translation>
    </message>
    <message>
        <source>The mapping cannot be used for this file; nothing was imported.</source>
        <translation>O mapeamento não serve para este arquivo; nada foi importado.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>… and %1 more problems (save them all with --report).</source>
        <translation>… e mais %1 problemas (salve todos com --report).</translation>
    </message>
    <message>
        <source>Row %1: %2 may be %3 (case %4): %5; %6.</source>
        <translation>Linha %1: %2 pode ser %3 (caso %4): %5; %6.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 can be imported in %3 cases; %4 rows have problems; %5 persons may be registered already.</source>
        <translation>Linhas lidas: %1; podem ser importadas %2 em %3 casos; linhas com problemas: %4; pessoas possivelmente já registradas: %5.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Simulação: nada foi importado.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Nenhuma linha pode ser importada.</translation>
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
        <translation>Linha %1, %2, “%3”: será importada; verifique: %4</translation>
    </message>
</context>
<context>
    <name>ImportDateParser</name>
    <message>
        <source>“%1” is not a date: there is no month %2. Check the order of day and month chosen for the file.</source>
        <translation>“%1” não é uma data: não existe o mês %2. Verifique a ordem de dia e mês escolhida para o arquivo.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 has %3 days.</source>
        <translation>“%1” não é uma data: %2 tem %3 dias.</translation>
    </message>
    <message>
        <source>“%1” is not a date: the year must have 2 or 4 digits.</source>
        <translation>“%1” não é uma data: o ano deve ter 2 ou 4 dígitos.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1” não é uma data: não existe o mês %2.</translation>
    </message>
    <message>
        <source>“%1” looks like an age, not a date. If the column holds ages, map it as “%2”.</source>
        <translation>“%1” parece uma idade, não uma data. Se a coluna tem idades, associe-a como “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a date Amparo can read; write it as %2.</source>
        <translation>“%1” não é uma data que o Amparo consiga ler; escreva-a como %2.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Planilhas e CSV (*.xlsx *.csv *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar de uma planilha</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Bring persons and their family groups in from a spreadsheet (.xlsx) or a CSV file exported from another tool. Nothing is written until you have seen every row that has a problem and said what to do with persons who may already be registered; then the rows you accept are imported together, or none at all.</source>
        <translation>Traga pessoas e seus grupos familiares de uma planilha (.xlsx) ou de um arquivo CSV exportado de outra ferramenta. Nada é gravado até você ver cada linha com problema e decidir o que fazer com as pessoas que talvez já estejam registradas; então as linhas aceitas são importadas juntas, ou nenhuma.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>Use a saved mapping…</source>
        <translation>Usar um mapeamento salvo…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Planilha:</translation>
    </message>
    <message>
        <source>Site of rows that name none:</source>
        <translation>Unidade das linhas que não indicam nenhuma:</translation>
    </message>
    <message>
        <source>What does each column hold? Amparo proposed this from the column names; correct it where it guessed wrong. Columns set to “(do not import)” are left out.</source>
        <translation>O que cada coluna contém? O Amparo propôs isto a partir dos nomes das colunas; corrija onde errou. As colunas marcadas “(não importar)” ficam de fora.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation>Salvar este mapeamento…</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>As datas estão escritas:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Por que não pode ser importada</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>No arquivo</translation>
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
        <translation>Por quê</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Column holds</source>
        <translation>A coluna contém</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
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
        <translation>Possivelmente já registradas</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Check again with these meanings</source>
        <translation>Verificar novamente com estes significados</translation>
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
        <translation>Salvar o relatório como CSV…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>&amp;Check every row &gt;</source>
        <translation>&amp;Verificar todas as linhas &gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln row(s)</source>
        <translation>
            <numerusform>&amp;Importar %Ln linha</numerusform>
            <numerusform>&amp;Importar %Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Escolha o arquivo a importar.</translation>
    </message>
    <message>
        <source>Use a saved mapping</source>
        <translation>Usar um mapeamento salvo</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Mapeamentos de importação (*.json)</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Salvar este mapeamento</translation>
    </message>
    <message>
        <source>import-mapping.json</source>
        <translation>mapeamento-importacao.json</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Verificando todas as linhas…</translation>
    </message>
    <message>
        <source>Rows read: %1 (%2). Can be imported: %3, as %4 new cases. With a problem, not to be imported: %5. Possibly registered already: %6 (choose what to do with each).</source>
        <translation>Linhas lidas: %1 (%2). Podem ser importadas: %3, como %4 casos novos. Com problema, não serão importadas: %5. Possivelmente já registradas: %6 (escolha o que fazer com cada uma).</translation>
    </message>
    <message>
        <source>The first %1 problems are listed; the report after the import lists every row.</source>
        <translation>São listados os primeiros %1 problemas; o relatório após a importação detalha todas as linhas.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Possibly registered already (%1)</source>
        <translation>Possivelmente já registradas (%1)</translation>
    </message>
    <message>
        <source>(not known: the row is not imported)</source>
        <translation>(desconhecido: a linha não é importada)</translation>
    </message>
    <message>
        <source>Values (%1 not understood)</source>
        <translation>Valores (%1 não entendidos)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>It took %1 seconds. Save the report to keep what happened to every row.</source>
        <translation>Levou %1 segundos. Salve o relatório para guardar o que aconteceu com cada linha.</translation>
    </message>
    <message>
        <source>import-report-%1.csv</source>
        <translation>relatorio-importacao-%1.csv</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>O que a coluna “%1” contém</translation>
    </message>
    <message>
        <source>Will be imported; check: %1</source>
        <translation>Será importada; verifique: %1</translation>
    </message>
    <message>
        <source>Problems (%1) and rows to check (%2)</source>
        <translation>Problemas (%1) e linhas a verificar (%2)</translation>
    </message>
    <message>
        <source>What to do with row %1</source>
        <translation>O que fazer com a linha %1</translation>
    </message>
    <message>
        <source>What “%1” means</source>
        <translation>O que “%1” significa</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>(do not import)</source>
        <translation>(não importar)</translation>
    </message>
    <message>
        <source>Full name (given and family names)</source>
        <translation>Nome completo (nomes e sobrenomes)</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Family names (both)</source>
        <translation>Sobrenomes (ambos)</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primeiro sobrenome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo sobrenome</translation>
    </message>
    <message>
        <source>Other names or spellings</source>
        <translation>Outros nomes ou grafias</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Idade em anos</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número do documento</translation>
    </message>
    <message>
        <source>Document issued by (country)</source>
        <translation>Documento emitido por (país)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Country where the person is</source>
        <translation>País onde a pessoa está</translation>
    </message>
    <message>
        <source>Department, state or province</source>
        <translation>Departamento, estado ou província</translation>
    </message>
    <message>
        <source>Town or place</source>
        <translation>Cidade ou local</translation>
    </message>
    <message>
        <source>Household (same value, same family group)</source>
        <translation>Domicílio (mesmo valor, mesmo grupo familiar)</translation>
    </message>
    <message>
        <source>Relationship to the head of household</source>
        <translation>Parentesco com o responsável pelo domicílio</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Data de registro</translation>
    </message>
    <message>
        <source>Site or office</source>
        <translation>Unidade ou escritório</translation>
    </message>
    <message>
        <source>Document valid until</source>
        <translation>Documento válido até</translation>
    </message>
    <message>
        <source>Agrees to be contacted about family tracing (yes or no)</source>
        <translation>Aceita ser contatada/o para a busca familiar (sim ou não)</translation>
    </message>
    <message>
        <source>Note on the case</source>
        <translation>Nota no caso</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Day/month/year (31/12/2020)</source>
        <translation>Dia/mês/ano (31/12/2020)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2020)</source>
        <translation>Mês/dia/ano (12/31/2020)</translation>
    </message>
    <message>
        <source>Year-month-day (2020-12-31)</source>
        <translation>Ano-mês-dia (2020-12-31)</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir a linha</translation>
    </message>
    <message>
        <source>Import as a new person</source>
        <translation>Importar como pessoa nova</translation>
    </message>
    <message>
        <source>Link to the registered person</source>
        <translation>Vincular à pessoa registrada</translation>
    </message>
    <message>
        <source>Two columns are called “%1”; rename one in the file.</source>
        <translation>Duas colunas se chamam “%1”; renomeie uma no arquivo.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both fill “%3”; choose one.</source>
        <translation>As colunas “%1” e “%2” preenchem ambas “%3”; escolha uma.</translation>
    </message>
    <message>
        <source>Choose the column with the names: “%1”, or “%2” with the family names.</source>
        <translation>Escolha a coluna com os nomes: “%1”, ou “%2” com os sobrenomes.</translation>
    </message>
    <message>
        <source>A column holds the full name and others hold parts of it; keep one or the other.</source>
        <translation>Uma coluna tem o nome completo e outras têm partes dele; mantenha uma ou outras.</translation>
    </message>
    <message>
        <source>One column holds both family names and another one of them; keep one or the other.</source>
        <translation>Uma coluna tem os dois sobrenomes e outra um deles; mantenha uma ou outra.</translation>
    </message>
    <message>
        <source>Choose the site the records belong to.</source>
        <translation>Escolha a unidade à qual pertencem os registros.</translation>
    </message>
    <message>
        <source>This is not an Amparo import mapping that can be used: %1</source>
        <translation>Este não é um mapeamento de importação do Amparo utilizável: %1</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1).</source>
        <translation>não é JSON válido (%1).</translation>
    </message>
    <message>
        <source>it has an unknown entry “%1”.</source>
        <translation>tem uma entrada desconhecida “%1”.</translation>
    </message>
    <message>
        <source>its format version is not %1.</source>
        <translation>sua versão de formato não é %1.</translation>
    </message>
    <message>
        <source>a column entry has no column name or an unknown field.</source>
        <translation>uma entrada de coluna não tem nome de coluna ou tem um campo desconhecido.</translation>
    </message>
    <message>
        <source>the column “%1” is listed twice.</source>
        <translation>a coluna “%1” aparece duas vezes.</translation>
    </message>
    <message>
        <source>the date order “%1” is not dmy, mdy or ymd.</source>
        <translation>a ordem de data “%1” não é dmy, mdy nem ymd.</translation>
    </message>
    <message>
        <source>“onDuplicate” must be skip, new or link.</source>
        <translation>“onDuplicate” deve ser skip, new ou link.</translation>
    </message>
    <message>
        <source>the values of “%1” cannot be read.</source>
        <translation>os valores de “%1” não podem ser lidos.</translation>
    </message>
    <message>
        <source>The mapping %1 could not be read: %2</source>
        <translation>Não foi possível ler o mapeamento %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an import mapping.</source>
        <translation>%1 é grande demais para ser um mapeamento de importação.</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o mapeamento em %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>The check of the file was stopped.</source>
        <translation>A verificação do arquivo foi interrompida.</translation>
    </message>
    <message>
        <source>Row %1 has the same document.</source>
        <translation>A linha %1 tem o mesmo documento.</translation>
    </message>
    <message>
        <source>Row %1 has the same name and date of birth: the person seems to be listed twice.</source>
        <translation>A linha %1 tem o mesmo nome e data de nascimento: a pessoa parece estar listada duas vezes.</translation>
    </message>
    <message>
        <source>Row %1 is already the head of this household; a household has one.</source>
        <translation>A linha %1 já é o responsável por este domicílio; um domicílio tem apenas um.</translation>
    </message>
    <message>
        <source>This household has no head: mark one of its members as head of household (for example “Jefe de hogar” or “Titular”).</source>
        <translation>Este domicílio não tem responsável: marque um de seus membros como responsável (por exemplo “Responsável” ou “Titular”).</translation>
    </message>
    <message>
        <source>Not imported: row %1 of the same household has a problem, and a family group is imported whole.</source>
        <translation>Não importada: a linha %1 do mesmo domicílio tem um problema, e um grupo familiar é importado inteiro.</translation>
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
        <translation>Vinculada à pessoa registrada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importada</translation>
    </message>
    <message>
        <source>Imported: %1 rows, in %2 new cases. Not imported because of a problem: %3. Skipped as already registered: %4. Linked to registered persons: %5.</source>
        <translation>Importadas: %1 linhas, em %2 casos novos. Não importadas por um problema: %3. Omitidas por já estarem registradas: %4. Vinculadas a pessoas registradas: %5.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o relatório em %1: %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
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
        <translation>Omitida junto com o responsável pelo domicílio (linha %1), que já está registrado.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>The file changed after it was checked (row %1). Check it again before importing; nothing was imported.</source>
        <translation>O arquivo mudou depois da verificação (linha %1). Verifique-o novamente antes de importar; nada foi importado.</translation>
    </message>
    <message>
        <source>Already registered: %1 (%2).</source>
        <translation>Já registrado: %1 (%2).</translation>
    </message>
    <message>
        <source>Already registered with the whole household: %1.</source>
        <translation>Já registrado com todo o domicílio: %1.</translation>
    </message>
    <message>
        <source>The registered person %1 joins the new case.</source>
        <translation>A pessoa registrada %1 passa a fazer parte do caso novo.</translation>
    </message>
    <message>
        <source>The file changed after it was checked: some households are not complete. Check it again before importing; nothing was imported.</source>
        <translation>O arquivo mudou depois da verificação: alguns domicílios não estão completos. Verifique-o novamente antes de importar; nada foi importado.</translation>
    </message>
    <message>
        <source>Imported from %1: %2</source>
        <translation>Importado de %1: %2</translation>
    </message>
    <message>
        <source>The household of row %1 could not be saved: %2 Nothing was imported.</source>
        <translation>Não foi possível salvar o grupo familiar da linha %1: %2 Nada foi importado.</translation>
    </message>
</context>
<context>
    <name>IncidentCatalogue</name>
    <message>
        <source>The incident catalogue cannot be used: %1</source>
        <translation>O catálogo de incidentes não pode ser usado: %1</translation>
    </message>
    <message>
        <source>it has no “%1”.</source>
        <translation>não tem “%1”.</translation>
    </message>
    <message>
        <source>an entry of “%1” (“%2”) has a bad or repeated code or no English label.</source>
        <translation>uma entrada de “%1” (“%2”) tem um código errado ou repetido ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>não tem &quot;version&quot;.</translation>
    </message>
    <message>
        <source>the incident type “%1” is in the unknown group “%2”.</source>
        <translation>o tipo de incidente “%1” está no grupo desconhecido “%2”.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>What happened — %1</source>
        <translation>O que aconteceu — %1</translation>
    </message>
    <message>
        <source>Record what happened — %1</source>
        <translation>Registrar o que aconteceu — %1</translation>
    </message>
    <message>
        <source>The family, not one person</source>
        <translation>A família, não uma pessoa</translation>
    </message>
    <message>
        <source>It happened to</source>
        <translation>Aconteceu com</translation>
    </message>
    <message>
        <source>In the person&apos;s words, what they chose to tell. Read only by legal staff and administrators; never in any statistics.</source>
        <translation>Nas palavras da pessoa, o que ela escolheu contar. Lido somente pela equipe jurídica e pelos administradores; nunca aparece em estatísticas.</translation>
    </message>
    <message>
        <source>What they told</source>
        <translation>O que contou</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
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
        <translation>— escolher —</translation>
    </message>
    <message>
        <source>A month is enough.</source>
        <translation>Basta o mês.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Quem fez</translation>
    </message>
    <message>
        <source>When (month)</source>
        <translation>Quando (mês)</translation>
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
        <translation>Faixa etária da pessoa</translation>
    </message>
    <message>
        <source>Sex of the person</source>
        <translation>Sexo da pessoa</translation>
    </message>
    <message>
        <source>As the person chose to say</source>
        <translation>Conforme a pessoa escolheu dizer</translation>
    </message>
    <message>
        <source>Reported?</source>
        <translation>Foi denunciado?</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Denunciado a</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>O que o Estado fez</translation>
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
        <translation>Não denunciado</translation>
    </message>
    <message>
        <source>Did not want to say</source>
        <translation>Não quis dizer</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>save the incident</source>
        <translation>salvar o incidente</translation>
    </message>
    <message>
        <source>remove the incident</source>
        <translation>remover o incidente</translation>
    </message>
    <message>
        <source>read the incidents</source>
        <translation>ler os incidentes</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>O incidente não existe mais.</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>The person it happened to is not a member of this case.</source>
        <translation>A pessoa com quem aconteceu não é membro deste caso.</translation>
    </message>
    <message>
        <source>What happened can have at most %1 characters.</source>
        <translation>O que aconteceu pode ter no máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>IncidentValidator</name>
    <message>
        <source>Choose what happened.</source>
        <translation>Escolha o que aconteceu.</translation>
    </message>
    <message>
        <source>Choose who did it (“Unknown” if not known).</source>
        <translation>Escolha quem fez («Desconhecido» se não se sabe).</translation>
    </message>
    <message>
        <source>Enter the month it happened.</source>
        <translation>Informe o mês em que aconteceu.</translation>
    </message>
    <message>
        <source>The month it happened is in the future.</source>
        <translation>O mês em que aconteceu está no futuro.</translation>
    </message>
    <message>
        <source>Choose the country where it happened.</source>
        <translation>Escolha o país onde aconteceu.</translation>
    </message>
    <message>
        <source>“%1” is not a department of %2.</source>
        <translation>«%1» não é um departamento de %2.</translation>
    </message>
    <message>
        <source>Choose the kind of place where it happened.</source>
        <translation>Escolha o tipo de lugar onde aconteceu.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices offered.</source>
        <translation>«%1» não é uma das opções oferecidas.</translation>
    </message>
    <message>
        <source>Choose the institution it was reported to.</source>
        <translation>Escolha a instituição à qual foi denunciado.</translation>
    </message>
    <message>
        <source>Choose what the state did (“Unknown” if not known).</source>
        <translation>Escolha o que o Estado fez («Desconhecido» se não se sabe).</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Com quem</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Quem fez</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Denúncia</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>O que o Estado fez</translation>
    </message>
    <message>
        <source>Record what happened…</source>
        <translation>Registrar o que aconteceu…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>A família</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>A %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet. What a person tells happened to them on the way or where they live now is documented here; only its codes are ever counted, with small numbers hidden.</source>
        <translation>Nada registrado ainda. Aqui se documenta o que uma pessoa conta que lhe aconteceu no caminho ou onde vive agora; somente seus códigos são contados, com os números pequenos ocultos.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ver…</translation>
    </message>
    <message>
        <source>What they told: %1</source>
        <translation>O que contou: %1</translation>
    </message>
    <message>
        <source>Remove the incident</source>
        <translation>Remover o incidente</translation>
    </message>
    <message>
        <source>Remove “%1” from the case? The audit trail keeps that it was recorded and removed.</source>
        <translation>Remover «%1» do caso? O registro de auditoria guarda que foi registrado e removido.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>create the database, its administrator and optionally the first site</source>
        <translation>criar o banco de dados, seu administrador e, se quiser, o primeiro local</translation>
    </message>
    <message>
        <source>Create the first administrator with this user name (only on a database without users; the passphrase is asked for twice, or read from %1).</source>
        <translation>Criar o primeiro administrador com este nome de usuário (só em um banco de dados sem usuários; a frase-senha é pedida duas vezes ou lida de %1).</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>O nome completo do administrador.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nova frase-senha para %1: </translation>
    </message>
    <message>
        <source>No passphrase was given for the administrator.</source>
        <translation>Nenhuma frase-senha foi informada para o administrador.</translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrador %1 criado.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>Banco de dados pronto: %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Create the database file unencrypted: only where the computer&apos;s disk is encrypted already.</source>
        <translation>Criar o arquivo de banco de dados sem criptografia: só onde o disco do computador já está criptografado.</translation>
    </message>
    <message>
        <source>Write the new database&apos;s recovery key to this file instead of printing it.</source>
        <translation>Gravar a chave de recuperação do novo banco de dados neste arquivo em vez de mostrá-la.</translation>
    </message>
    <message>
        <source>--recovery-key-out is for a new encrypted database; %1 is not one.</source>
        <translation>--recovery-key-out é para um banco de dados novo criptografado; %1 não é.</translation>
    </message>
    <message>
        <source>%1 The database was not created.</source>
        <translation>%1 O banco de dados não foi criado.</translation>
    </message>
    <message>
        <source>The database is NOT encrypted (--no-encryption): anyone who takes this computer can read it unless its disk is encrypted.</source>
        <translation>O banco de dados NÃO está criptografado (--no-encryption): quem levar este computador pode lê-lo, a menos que o disco esteja criptografado.</translation>
    </message>
</context>
<context>
    <name>IntakeCheck</name>
    <message>
        <source>the same document number %1</source>
        <translation>o mesmo número de documento %1</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>o mesmo número de telefone</translation>
    </message>
    <message>
        <source>the same date of birth</source>
        <translation>a mesma data de nascimento</translation>
    </message>
    <message>
        <source>born the same year</source>
        <translation>nascida no mesmo ano</translation>
    </message>
    <message>
        <source>born a year apart</source>
        <translation>nascida com um ano de diferença</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Monitoring interview — %1</source>
        <translation>Entrevista de monitoramento — %1</translation>
    </message>
    <message>
        <source>Say first what the interview is for, that it is anonymous and that the person may stop or skip a question at any time.</source>
        <translation>Explique primeiro para que serve a entrevista, que é anônima e que a pessoa pode parar ou pular uma pergunta a qualquer momento.</translation>
    </message>
    <message>
        <source>The person agreed to be interviewed</source>
        <translation>A pessoa aceitou ser entrevistada</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Day of the interview</source>
        <translation>Dia da entrevista</translation>
    </message>
    <message>
        <source>Adults only: a child&apos;s situation is recorded in a case.</source>
        <translation>Somente adultos: a situação de uma criança ou adolescente é registrada em um caso.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>As the person chose to say</source>
        <translation>Conforme a pessoa escolheu dizer</translation>
    </message>
    <message>
        <source>Persons in the household</source>
        <translation>Pessoas no domicílio</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Situação migratória</translation>
    </message>
    <message>
        <source>Intentions</source>
        <translation>Intenções</translation>
    </message>
    <message>
        <source>Risks upon return</source>
        <translation>Riscos em caso de retorno</translation>
    </message>
    <message>
        <source>Most pressing needs</source>
        <translation>Necessidades mais urgentes</translation>
    </message>
    <message>
        <source>Add what happened…</source>
        <translation>Adicionar o que aconteceu…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Record the interview</source>
        <translation>Registrar a entrevista</translation>
    </message>
</context>
<context>
    <name>InterviewIncidentDialog</name>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>To the person interviewed or to someone of their household. Only codes are kept: no name, no story.</source>
        <translation>Com a pessoa entrevistada ou com alguém do seu domicílio. Somente códigos são guardados: nem nomes nem relatos.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file of this database is damaged or is not a key file. Put back the key file from the same backup as the database.</source>
        <translation>O arquivo de chaves deste banco de dados está danificado ou não é um arquivo de chaves. Coloque de volta o arquivo de chaves do mesmo backup que o banco de dados.</translation>
    </message>
    <message>
        <source>The key file of this database was written by a newer version of Amparo. Install that version to open it.</source>
        <translation>O arquivo de chaves deste banco de dados foi gravado por uma versão mais nova do Amparo. Instale essa versão para abri-lo.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2. Without it the database cannot be opened.</source>
        <translation>Não é possível ler o arquivo de chaves %1: %2. Sem ele o banco de dados não pode ser aberto.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key of the database.</source>
        <translation>Não há memória suficiente para proteger a chave do banco de dados.</translation>
    </message>
    <message>
        <source>Not enough memory to open the key of the database.</source>
        <translation>Não há memória suficiente para abrir a chave do banco de dados.</translation>
    </message>
    <message>
        <source>The user name or the passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>O nome de usuário ou a frase-senha não estão corretos. Verifique se o Caps Lock está desligado e tente novamente.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database: it belongs to another database, or this database&apos;s recovery key was replaced.</source>
        <translation>Esta chave de recuperação não abre este banco de dados: pertence a outro banco de dados, ou a chave de recuperação deste foi substituída.</translation>
    </message>
    <message>
        <source>The key file of this database has been changed by something other than Amparo, so it is not trusted. Put back the key file from the same backup as the database.</source>
        <translation>Algo diferente do Amparo alterou o arquivo de chaves deste banco de dados, então ele não é confiável. Coloque de volta o arquivo de chaves do mesmo backup que o banco de dados.</translation>
    </message>
    <message>
        <source>A user name for the key file must have between 1 and %1 bytes.</source>
        <translation>Um nome de usuário para o arquivo de chaves deve ter entre 1 e %1 bytes.</translation>
    </message>
    <message>
        <source>This database has as many passphrases as it can hold (%1).</source>
        <translation>Este banco de dados já tem tantas frases-senha quanto pode guardar (%1).</translation>
    </message>
    <message>
        <source>The sign-in hash of %1 is not one Amparo can make a key from; give %1 a new passphrase instead.</source>
        <translation>O Amparo não consegue fazer uma chave com o resumo de entrada de %1; dê a %1 uma nova frase-senha.</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2</source>
        <translation>Não foi possível gravar o arquivo de chaves %1: %2</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Amparo</source>
        <translation>Boas-vindas ao Amparo</translation>
    </message>
    <message>
        <source>Three short steps prepare Amparo for your organisation.</source>
        <translation>Três passos curtos preparam o Amparo para sua organização.</translation>
    </message>
    <message>
        <source>Choose the language Amparo speaks on this computer. Each person can change it later from Settings → Language.</source>
        <translation>Escolha o idioma do Amparo neste computador. É possível mudá-lo depois em Configurações → Idioma.</translation>
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
        <translation>Vincular um familiar de outro caso</translation>
    </message>
    <message>
        <source>case number, for example CUC-2026-00012</source>
        <translation>número do caso, por exemplo CUC-2026-00012</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Confirmed (documents, or both recognise each other)</source>
        <translation>Confirmado (documentos, ou ambos se reconhecem)</translation>
    </message>
    <message>
        <source>who said so, how it was checked</source>
        <translation>quem disse, como foi verificado</translation>
    </message>
    <message>
        <source>Member of this case</source>
        <translation>Membro deste caso</translation>
    </message>
    <message>
        <source>Other case</source>
        <translation>Outro caso</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>The relative is their</source>
        <translation>O familiar é seu/sua</translation>
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
        <translation>Primeiro busque o outro caso pelo número.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list cases, newest number first, optionally filtered</source>
        <translation>listar casos, o número mais recente primeiro, com filtro opcional</translation>
    </message>
    <message>
        <source>Names, document numbers or a case number to look for.</source>
        <translation>Nomes, números de documento ou um número de caso a buscar.</translation>
    </message>
    <message>
        <source>Only cases with this status: open, closed or transferred.</source>
        <translation>Só casos com esta situação: open, closed ou transferred.</translation>
    </message>
    <message>
        <source>At most this many cases (0: all).</source>
        <translation>No máximo esta quantidade de casos (0: todos).</translation>
    </message>
    <message>
        <source>--status must be open, closed or transferred.</source>
        <translation>--status deve ser open, closed ou transferred.</translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation>--limit deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format deve ser text ou json.</translation>
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
        <translation>&lt;h2&gt;O Amparo está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1, enter your passphrase to continue. Your unsaved work is kept.</source>
        <translation>%1, digite sua frase-senha para continuar. Seu trabalho não salvo é mantido.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
</context>
<context>
    <name>MailboxAccounts</name>
    <message>
        <source>set up the post&apos;s mailbox on the server</source>
        <translation>preparar a caixa postal do posto no servidor</translation>
    </message>
    <message>
        <source>The site code %1 is too long for a mailbox on this server: the database&apos;s name and the code together may have at most 57 letters.</source>
        <translation>O código de sede %1 é longo demais para uma caixa postal neste servidor: o nome do banco de dados e o código juntos podem ter no máximo 57 letras.</translation>
    </message>
    <message>
        <source>The mailbox&apos;s password could not be prepared.</source>
        <translation>Não foi possível preparar a senha da caixa postal.</translation>
    </message>
</context>
<context>
    <name>MailboxRepository</name>
    <message>
        <source>read the packages waiting on the server</source>
        <translation>ler os pacotes que aguardam no servidor</translation>
    </message>
    <message>
        <source>remove an applied package from the server</source>
        <translation>remover do servidor um pacote aplicado</translation>
    </message>
    <message>
        <source>leave the package on the server</source>
        <translation>deixar o pacote no servidor</translation>
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
        <translation>Estatísticas</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · Database: %3</source>
        <translation>Conectado como %1 (%2) · Banco de dados: %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Buscar um caso</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Fechar caso</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Cópia de segurança…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar a partir de uma cópia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Alterar minha &amp;frase-senha…</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministração</translation>
    </message>
    <message>
        <source>Add a &amp;site…</source>
        <translation>Adicionar um &amp;local…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuários…</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Registro de auditoria</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Amparo</source>
        <translation>&amp;Sobre o Amparo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>No site has been set up yet. Ask an administrator to add the site where you register cases.</source>
        <translation>Ainda nenhum local foi configurado. Peça a um administrador para adicionar o local onde você registra casos.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Cópia de segurança gravada em %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup made on %1 by %2 is sound. Replace the current database with it? Amparo will close the open cases and ask you to sign in again. The current database is kept next to it.</source>
        <translation>A cópia feita em %1 por %2 está íntegra. Substituir o banco de dados atual por ela? O Amparo fechará os casos abertos e pedirá que você entre de novo. O banco de dados atual é guardado ao lado.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Alterar minha frase-senha</translation>
    </message>
    <message>
        <source>Enter your current passphrase, then the new one twice.</source>
        <translation>Digite sua frase-senha atual e depois a nova duas vezes.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup of this database was made %n day(s) ago. Make one now?</source>
        <translation>
            <numerusform>A última cópia de segurança deste banco de dados foi feita há %n dia. Fazer uma agora?</numerusform>
            <numerusform>A última cópia de segurança deste banco de dados foi feita há %n dias. Fazer uma agora?</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has never been backed up. Make a backup now?</source>
        <translation>Nunca foi feita uma cópia de segurança deste banco de dados. Fazer uma agora?</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>About Amparo</source>
        <translation>Sobre o Amparo</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Prazos</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Busca de familiares</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar de uma planilha…</translation>
    </message>
    <message>
        <source>Add &amp;demonstration data…</source>
        <translation>Adicionar dados de &amp;demonstração…</translation>
    </message>
    <message>
        <source>&amp;Remove the demonstration data…</source>
        <translation>&amp;Remover os dados de demonstração…</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Con&amp;figurações</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>Amparo &amp;help</source>
        <translation>A&amp;juda do Amparo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Amparo %1&lt;/h3&gt;&lt;p&gt;Case management for organisations that serve refugees and migrants.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Qt %3 · SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amparo %1&lt;/h3&gt;&lt;p&gt;Gestão de casos para organizações que atendem pessoas refugiadas e migrantes.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;&lt;p&gt;Qt %3 · SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>o idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Amparo will speak %1 the next time it starts.</source>
        <translation>O Amparo usará %1 na próxima vez que iniciar.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <source>Add %1 invented people, in families, at a site of their own called %2? They are for trying Amparo and can be removed in one step. This is only possible while the database holds no case.</source>
        <translation>Adicionar %1 pessoas inventadas, em famílias, em um local próprio chamado %2? Servem para experimentar o Amparo e são removidas em um só passo. Só é possível enquanto o banco de dados não tiver casos.</translation>
    </message>
    <message>
        <source>There is no demonstration data in this database.</source>
        <translation>Não há dados de demonstração neste banco de dados.</translation>
    </message>
    <message>
        <source>Close the open cases first, then remove the demonstration data.</source>
        <translation>Feche primeiro os casos abertos e depois remova os dados de demonstração.</translation>
    </message>
    <message>
        <source>Remove the site %1 with every case, person and tracing request registered there? Cases at your other sites stay as they are. This cannot be undone.</source>
        <translation>Remover o local %1 com todos os casos, pessoas e solicitações de busca registrados nele? Os casos dos seus outros locais não mudam. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>The demonstration data is gone: %1 cases, %2 persons and %3 tracing requests.</source>
        <translation>Os dados de demonstração foram removidos: %1 casos, %2 pessoas e %3 solicitações de busca.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (criptografado)</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (não criptografado)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Criptografar o banco de dados…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Criptografar o banco de dados</translation>
    </message>
    <message>
        <source>Amparo will write an encrypted copy of the database, check it, put it in the place of this one, and overwrite and remove the unencrypted file and the copies kept before upgrades. Every active user keeps their passphrase. You will then be shown a recovery key to print or write down, and sign in again.

On an SSD, pieces of the unencrypted file may survive on the disk until they are written over. Encrypt now?</source>
        <translation>O Amparo vai gravar uma cópia criptografada do banco de dados, verificá-la, colocá-la no lugar deste, e sobrescrever e remover o arquivo não criptografado e as cópias guardadas antes das atualizações. Cada usuário ativo mantém sua frase-senha. Depois você verá uma chave de recuperação para imprimir ou anotar, e entrará novamente.

Num disco SSD, partes do arquivo não criptografado podem ficar no disco até que se grave por cima. Criptografar agora?</translation>
    </message>
    <message>
        <source>Writing the encrypted copy…</source>
        <translation>Gravando a cópia criptografada…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Criar uma nova chave de &amp;recuperação…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Criar uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which will no longer open the database: destroy every printed copy of it. Make a new one now?</source>
        <translation>Uma nova chave de recuperação substitui a atual, que não abrirá mais o banco de dados: destrua todas as cópias impressas dela. Criar uma nova agora?</translation>
    </message>
    <message>
        <source>&amp;Send a package…</source>
        <translation>&amp;Enviar um pacote…</translation>
    </message>
    <message>
        <source>Recei&amp;ve a package…</source>
        <translation>Rece&amp;ber um pacote…</translation>
    </message>
    <message>
        <source>&amp;Field posts and office…</source>
        <translation>&amp;Postos de campo e escritório…</translation>
    </message>
    <message>
        <source>Send a package</source>
        <translation>Enviar um pacote</translation>
    </message>
    <message>
        <source>No site is registered yet. Under Administration → Field posts and office, make this database a site and register the other side&apos;s card.</source>
        <translation>Ainda não há nenhuma sede registrada. Em Administração → Postos de campo e escritório, transforme este banco de dados em uma sede e registre o cartão da outra parte.</translation>
    </message>
    <message>
        <source>Send the package to:</source>
        <translation>Enviar o pacote para:</translation>
    </message>
    <message>
        <source>Amparo packages (*.amparo-package)</source>
        <translation>Pacotes do Amparo (*.amparo-package)</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 was written to %3 with %n record(s). Only %2 can open it: a lost copy reveals nothing without its keys.</source>
        <translation>
            <numerusform>O pacote %1 para %2 foi gravado em %3 com %n registro. Só %2 pode abri-lo: uma cópia perdida não revela nada sem as chaves.</numerusform>
            <numerusform>O pacote %1 para %2 foi gravado em %3 com %n registros. Só %2 pode abri-lo: uma cópia perdida não revela nada sem as chaves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Receber um pacote</translation>
    </message>
    <message>
        <source>&amp;Review list…</source>
        <translation>&amp;Lista de revisão…</translation>
    </message>
    <message>
        <source>Records changed here and at another site: open the review list to choose the version that stays.</source>
        <translation>Registros alterados aqui e em outra sede: abra a lista de revisão para escolher a versão que fica.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) wait for review</source>
        <translation>
            <numerusform>%n registro aguarda revisão</numerusform>
            <numerusform>%n registros aguardam revisão</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xchange packages through the server</source>
        <translation>Trocar pacotes pelo ser&amp;vidor</translation>
    </message>
    <message>
        <source>Exchange packages through the server</source>
        <translation>Trocar pacotes pelo servidor</translation>
    </message>
    <message>
        <source>&amp;Possible duplicates…</source>
        <translation>Possíveis &amp;duplicados…</translation>
    </message>
    <message>
        <source>&amp;Merges to review…</source>
        <translation>&amp;Mesclagens a revisar…</translation>
    </message>
    <message>
        <source>Partner &amp;organisations…</source>
        <translation>&amp;Organizações parceiras…</translation>
    </message>
    <message>
        <source>Open a re&amp;ferral package…</source>
        <translation>Abrir um pacote de &amp;encaminhamento…</translation>
    </message>
    <message>
        <source>Open a referral package</source>
        <translation>Abrir um pacote de encaminhamento</translation>
    </message>
    <message>
        <source>Amparo referral packages (*.amparo-referral);;All files (*)</source>
        <translation>Pacotes de encaminhamento do Amparo (*.amparo-referral);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No site has been set up yet: an administrator adds the site where cases are registered first.</source>
        <translation>Ainda não há nenhuma unidade: um administrador deve adicionar primeiro a unidade onde os casos são registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 refers %n person(s) to you (their case %2, %3), for: %4. Open a new case for them here?</source>
        <translation>
            <numerusform>%1 encaminha %n pessoa a vocês (caso deles %2, %3), para: %4. Abrir aqui um caso novo?</numerusform>
            <numerusform>%1 encaminha %n pessoas a vocês (caso deles %2, %3), para: %4. Abrir aqui um caso novo?</numerusform>
        </translation>
    </message>
    <message>
        <source>Code of &amp;conduct…</source>
        <translation>Código de &amp;conduta…</translation>
    </message>
    <message>
        <source>&amp;Transfers of personal data…</source>
        <translation>&amp;Transferências de dados pessoais…</translation>
    </message>
    <message>
        <source>Requests about people&apos;s &amp;data…</source>
        <translation>Pedidos sobre os &amp;dados das pessoas…</translation>
    </message>
    <message>
        <source>Retention of &amp;closed cases…</source>
        <translation>Conservação de casos &amp;encerrados…</translation>
    </message>
    <message>
        <source>Protection &amp;monitoring…</source>
        <translation>&amp;Monitoramento de proteção…</translation>
    </message>
</context>
<context>
    <name>MatchProposalRepository</name>
    <message>
        <source>save the proposed match</source>
        <translation>salvar a correspondência proposta</translation>
    </message>
    <message>
        <source>The proposed match no longer exists.</source>
        <translation>A correspondência proposta não existe mais.</translation>
    </message>
    <message>
        <source>save the review of the match</source>
        <translation>salvar a revisão da correspondência</translation>
    </message>
    <message>
        <source>Someone else reviewed this match already. Look at the request again.</source>
        <translation>Outra pessoa já revisou esta correspondência. Veja a solicitação novamente.</translation>
    </message>
</context>
<context>
    <name>MatchProposer</name>
    <message>
        <source>matching</source>
        <translation>busca de correspondências</translation>
    </message>
    <message>
        <source>the person no longer agrees to tracing</source>
        <translation>a pessoa não aceita mais a busca</translation>
    </message>
</context>
<context>
    <name>MatchStatus</name>
    <message>
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <source>Persons registered</source>
        <translation>Pessoas registradas</translation>
    </message>
    <message>
        <source>Cases (family groups)</source>
        <translation>Casos (grupos familiares)</translation>
    </message>
    <message>
        <source>Risk screenings</source>
        <translation>Avaliações de risco</translation>
    </message>
    <message>
        <source>Specific needs in force</source>
        <translation>Necessidades específicas vigentes</translation>
    </message>
    <message>
        <source>Legal procedures</source>
        <translation>Procedimentos legais</translation>
    </message>
    <message>
        <source>Recognitions and permits granted</source>
        <translation>Reconhecimentos e autorizações concedidos</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Solicitações de busca</translation>
    </message>
    <message>
        <source>Families reunited</source>
        <translation>Famílias reunidas</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Prazos perdidos</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Prazos pendentes</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>Incidents documented</source>
        <translation>Incidentes documentados</translation>
    </message>
    <message>
        <source>Denials of asylum and of services</source>
        <translation>Negativas de refúgio e de serviços</translation>
    </message>
    <message>
        <source>Monitoring interviews</source>
        <translation>Entrevistas de monitoramento</translation>
    </message>
</context>
<context>
    <name>MemberArgument</name>
    <message>
        <source>“%1” is not CASE:N, for example CUC-2026-00012:2.</source>
        <translation>“%1” não é CASO:N, por exemplo CUC-2026-00012:2.</translation>
    </message>
    <message numerus="yes">
        <source>Case %1 has %n member(s).</source>
        <translation>
            <numerusform>O caso %1 tem %n membro.</numerusform>
            <numerusform>O caso %1 tem %n membros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Principal person</source>
        <translation>Pessoa principal</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Membro da família</translation>
    </message>
    <message>
        <source>Relationship to %1</source>
        <translation>Parentesco com %1</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>merge two records of one person or two cases of one family; list, undo or close the merges to review (legal staff and administrators)</source>
        <translation>mesclar dois registros de uma mesma pessoa ou dois casos de uma mesma família; listar, desfazer ou encerrar as mesclagens a revisar (equipe jurídica e administradores)</translation>
    </message>
    <message>
        <source>persons, cases, list, undo or close.</source>
        <translation>persons, cases, list, undo ou close.</translation>
    </message>
    <message>
        <source>persons: CASE:N, the N-th member of a case as show lists them (1 is the principal); cases: the case number that stays; undo and close: the merge&apos;s number.</source>
        <translation>persons: CASO:N, o N-ésimo membro de um caso como show os lista (1 é a pessoa principal); cases: o número do caso que fica; undo e close: o número da mesclagem.</translation>
    </message>
    <message>
        <source>The person (CASE:N) or case merged into it, which goes.</source>
        <translation>A pessoa (CASO:N) ou o caso mesclado a ele, que deixa de existir.</translation>
    </message>
    <message>
        <source>Fields whose value comes from the record that goes, comma-separated (persons: given_names, family_name1, family_name2, sex, birth, birth_country, phone, location, no_document; cases: registered_on, caseworker, status, consent).</source>
        <translation>Campos cujo valor vem do registro que deixa de existir, separados por vírgulas (persons: given_names, family_name1, family_name2, sex, birth, birth_country, phone, location, no_document; cases: registered_on, caseworker, status, consent).</translation>
    </message>
    <message>
        <source>cases: the two principals are one person registered twice; merge them too.</source>
        <translation>cases: as duas pessoas principais são uma só registrada duas vezes; mesclá-las também.</translation>
    </message>
    <message>
        <source>cases with --same-principal: the principal&apos;s fields taken from the case that goes.</source>
        <translation>cases com --same-principal: os campos da pessoa principal tomados do caso que deixa de existir.</translation>
    </message>
    <message>
        <source>cases without --same-principal: how the other principal joins the family (spouse, child, parent, sibling, grandparent, grandchild, other_relative, non_relative; default other_relative).</source>
        <translation>cases sem --same-principal: como a outra pessoa principal entra na família (spouse, child, parent, sibling, grandparent, grandchild, other_relative, non_relative; padrão other_relative).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not one of %3.</source>
        <translation>--%1: “%2” não é um de %3.</translation>
    </message>
    <message>
        <source>%1 was merged into %2 (merge %3). Until its review is closed, amparo-cli merge undo %3 puts both back.</source>
        <translation>%1 foi mesclado a %2 (mesclagem %3). Até que sua revisão seja encerrada, amparo-cli merge undo %3 devolve os dois.</translation>
    </message>
    <message>
        <source>merge needs an action: %1.</source>
        <translation>merge precisa de uma ação: %1.</translation>
    </message>
    <message>
        <source>merge %1 needs the record that stays and the one that goes.</source>
        <translation>merge %1 precisa do registro que fica e do que deixa de existir.</translation>
    </message>
    <message>
        <source>merge %1 needs the merge&apos;s number.</source>
        <translation>merge %1 precisa do número da mesclagem.</translation>
    </message>
    <message>
        <source>merge list takes nothing more.</source>
        <translation>merge list não aceita mais nada.</translation>
    </message>
    <message>
        <source>--joins-as must be a relationship such as sibling or other_relative.</source>
        <translation>--joins-as deve ser um parentesco como sibling ou other_relative.</translation>
    </message>
    <message>
        <source>“%1” is not a merge&apos;s number (merge list shows them).</source>
        <translation>“%1” não é um número de mesclagem (merge list os mostra).</translation>
    </message>
    <message>
        <source>Merge %1 was undone: both records are back as they were.</source>
        <translation>A mesclagem %1 foi desfeita: os dois registros voltaram a ser como antes.</translation>
    </message>
    <message>
        <source>The review of merge %1 is closed; it can no longer be undone.</source>
        <translation>A revisão da mesclagem %1 está encerrada; não pode mais ser desfeita.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>The principals</source>
        <translation>As pessoas principais</translation>
    </message>
    <message>
        <source>The two principals are one person registered twice: merge them too</source>
        <translation>As duas pessoas principais são uma só pessoa registrada duas vezes: mesclá-las também</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Mesclar dois registros de uma mesma pessoa</translation>
    </message>
    <message>
        <source>Merge two cases of one family</source>
        <translation>Mesclar dois casos de uma mesma família</translation>
    </message>
    <message>
        <source>The &amp;other one stays</source>
        <translation>Fica o &amp;outro</translation>
    </message>
    <message>
        <source>For each line that differs, choose the value the person&apos;s record keeps. The spelling of the name not chosen is kept as another name, so searches still find it.</source>
        <translation>Em cada linha que difere, escolha o valor que o registro da pessoa mantém. A grafia do nome não escolhida fica como outro nome, para que as buscas continuem a encontrá-la.</translation>
    </message>
    <message>
        <source>For each line that differs, choose what the case keeps. The family groups become one; a person in both stays once.</source>
        <translation>Em cada linha que difere, escolha o que o caso mantém. Os grupos familiares tornam-se um só; uma pessoa que está nos dois fica uma única vez.</translation>
    </message>
    <message>
        <source>Otherwise the other principal joins the family as:</source>
        <translation>Caso contrário, a outra pessoa principal entra na família como:</translation>
    </message>
    <message>
        <source>A merge can be undone under Administration → Merges to review, until someone closes its review.</source>
        <translation>Uma mesclagem pode ser desfeita em Administração → Mesclagens a revisar, até que alguém encerre sua revisão.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays; &lt;b&gt;%2&lt;/b&gt; is merged into it and goes.</source>
        <translation>Fica &lt;b&gt;%1&lt;/b&gt;; &lt;b&gt;%2&lt;/b&gt; é mesclado a ele e deixa de existir.</translation>
    </message>
    <message>
        <source>Joins the one that stays, whatever is chosen: %1.</source>
        <translation>Passa para o que fica, seja qual for a escolha: %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
</context>
<context>
    <name>MergeKind</name>
    <message>
        <source>Persons</source>
        <translation>Pessoas</translation>
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
        <translation>guardar a mesclagem para revisão</translation>
    </message>
    <message>
        <source>read the merge</source>
        <translation>ler a mesclagem</translation>
    </message>
    <message>
        <source>That merge is not recorded.</source>
        <translation>Essa mesclagem não está registrada.</translation>
    </message>
    <message>
        <source>list the merges to review</source>
        <translation>listar as mesclagens a revisar</translation>
    </message>
    <message>
        <source>close the review of the merge</source>
        <translation>encerrar a revisão da mesclagem</translation>
    </message>
    <message>
        <source>keep the merged case&apos;s number</source>
        <translation>manter o número do caso mesclado</translation>
    </message>
    <message>
        <source>find the case</source>
        <translation>encontrar o caso</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>&amp;Undo the merge…</source>
        <translation>&amp;Desfazer a mesclagem…</translation>
    </message>
    <message>
        <source>&amp;Close the review</source>
        <translation>&amp;Encerrar a revisão</translation>
    </message>
    <message>
        <source>Merges to review</source>
        <translation>Mesclagens a revisar</translation>
    </message>
    <message>
        <source>Each merge can be undone until someone closes its review. Check the record that stayed; if the two were not the same, undo the merge and both come back as they were. A merge whose record changed since can no longer be undone.</source>
        <translation>Cada mesclagem pode ser desfeita até que alguém encerre sua revisão. Confira o registro que ficou; se os dois não eram o mesmo, desfaça a mesclagem e ambos voltam como estavam. Uma mesclagem cujo registro mudou depois não pode mais ser desfeita.</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Mesclado em</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Ficou</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Mesclado a ele</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No merge is waiting for review.</source>
        <translation>Nenhuma mesclagem aguarda revisão.</translation>
    </message>
    <message numerus="yes">
        <source>%n merge(s) to review.</source>
        <translation>
            <numerusform>%n mesclagem a revisar.</numerusform>
            <numerusform>%n mesclagens a revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2? Both records come back as they were before it.</source>
        <translation>Desfazer a mesclagem de %1 ao %2? Os dois registros voltam a ser como antes dela.</translation>
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
        <translation>Um registro não pode ser mesclado consigo mesmo.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document(s)</source>
        <translation>
            <numerusform>%n documento de identidade</numerusform>
            <numerusform>%n documentos de identidade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>membership of %n case(s)</source>
        <translation>
            <numerusform>sua participação em %n caso</numerusform>
            <numerusform>sua participação em %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>every screening, procedure, deadline, specific need, family link and tracing request of %1</source>
        <translation>toda triagem, procedimento, prazo, necessidade específica, vínculo familiar e pedido de busca de %1</translation>
    </message>
    <message numerus="yes">
        <source>the family group of %1 (%n person(s))</source>
        <translation>
            <numerusform>o grupo familiar de %1 (%n pessoa)</numerusform>
            <numerusform>o grupo familiar de %1 (%n pessoas)</numerusform>
        </translation>
    </message>
    <message>
        <source>every note, screening, procedure, deadline, conflict check and tracing request of %1</source>
        <translation>toda nota, triagem, procedimento, prazo, verificação de conflitos e pedido de busca de %1</translation>
    </message>
    <message>
        <source>%1 merged into %2 (merge %3)</source>
        <translation>%1 mesclado a %2 (mesclagem %3)</translation>
    </message>
    <message>
        <source>case %1 merged into %2 (merge %3)</source>
        <translation>caso %1 mesclado a %2 (mesclagem %3)</translation>
    </message>
    <message>
        <source>The merge of %1 into %2 was undone already.</source>
        <translation>A mesclagem de %1 ao %2 já foi desfeita.</translation>
    </message>
    <message>
        <source>The review of the merge of %1 into %2 is closed: it can no longer be undone.</source>
        <translation>A revisão da mesclagem de %1 ao %2 está encerrada: não pode mais ser desfeita.</translation>
    </message>
    <message>
        <source>%1 changed after the merge, so undoing it would lose that change. Nothing was undone. If the merge was wrong, correct the records by hand.</source>
        <translation>%1 mudou depois da mesclagem, então desfazê-la perderia essa mudança. Nada foi desfeito. Se a mesclagem foi um erro, corrija os registros manualmente.</translation>
    </message>
    <message>
        <source>merge %1 undone: %2 is separate again</source>
        <translation>mesclagem %1 desfeita: %2 volta a estar separado</translation>
    </message>
    <message>
        <source>review of merge %1 closed (%2 into %3)</source>
        <translation>revisão da mesclagem %1 encerrada (%2 ao %3)</translation>
    </message>
</context>
<context>
    <name>MergeState</name>
    <message>
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Desfeita</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <source>Protection monitoring</source>
        <translation>Monitoramento de proteção</translation>
    </message>
    <message>
        <source>Short anonymous interviews with adults who agree, at a post: legal status, what happened to them on the way, their needs, intentions and the risks of going back. Every answer is a choice, so the rounds can be counted; no name is ever asked.</source>
        <translation>Entrevistas curtas e anônimas com adultos que aceitam, em um posto: situação migratória, o que lhes aconteceu no caminho, suas necessidades, intenções e os riscos de voltar. Cada resposta é uma opção, para que as rodadas possam ser contadas; nunca se pergunta um nome.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nova rodada…</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>Entrevistar…</translation>
    </message>
    <message>
        <source>No round yet: start one with “New round…”.</source>
        <translation>Ainda não há rodadas: comece uma com «Nova rodada…».</translation>
    </message>
</context>
<context>
    <name>MonitoringRepository</name>
    <message>
        <source>save the monitoring round</source>
        <translation>salvar a rodada de monitoramento</translation>
    </message>
    <message>
        <source>read the monitoring rounds</source>
        <translation>ler as rodadas de monitoramento</translation>
    </message>
    <message>
        <source>The monitoring round no longer exists.</source>
        <translation>A rodada de monitoramento não existe mais.</translation>
    </message>
    <message>
        <source>save the interview</source>
        <translation>salvar a entrevista</translation>
    </message>
    <message>
        <source>read the interviews</source>
        <translation>ler as entrevistas</translation>
    </message>
</context>
<context>
    <name>MonitoringService</name>
    <message>
        <source>“%1” is not one of the answers offered.</source>
        <translation>«%1» não é uma das respostas oferecidas.</translation>
    </message>
    <message>
        <source>Choose the site where the round is held.</source>
        <translation>Escolha o local onde a rodada é feita.</translation>
    </message>
    <message>
        <source>Give the round a name, such as “Cúcuta, March 2026”.</source>
        <translation>Dê um nome à rodada, como «Pacaraima, março 2026».</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>O nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the day the round starts.</source>
        <translation>Informe o dia em que a rodada começa.</translation>
    </message>
    <message>
        <source>Enter the day the round ends.</source>
        <translation>Informe o dia em que a rodada termina.</translation>
    </message>
    <message>
        <source>The round cannot end before the day it starts.</source>
        <translation>A rodada não pode terminar antes do dia em que começa.</translation>
    </message>
    <message>
        <source>Ask first whether the person agrees to the interview: without their consent nothing is recorded.</source>
        <translation>Pergunte primeiro se a pessoa aceita a entrevista: sem o seu consentimento nada é registrado.</translation>
    </message>
    <message>
        <source>Enter the day of the interview.</source>
        <translation>Informe o dia da entrevista.</translation>
    </message>
    <message>
        <source>The day of the interview is in the future.</source>
        <translation>O dia da entrevista está no futuro.</translation>
    </message>
    <message>
        <source>The interview must be held within the round, from %1 to %2.</source>
        <translation>A entrevista deve ser feita dentro da rodada, de %1 a %2.</translation>
    </message>
    <message>
        <source>Monitoring interviews are held with adults only. A child&apos;s situation is recorded in a case, with the child&apos;s best interests in mind.</source>
        <translation>As entrevistas de monitoramento são feitas somente com adultos. A situação de uma criança ou adolescente é registrada em um caso, considerando o seu melhor interesse.</translation>
    </message>
    <message>
        <source>The household has from 1 to %1 persons.</source>
        <translation>O domicílio tem de 1 a %1 pessoas.</translation>
    </message>
    <message>
        <source>Choose the legal status (“Did not want to say” is an answer).</source>
        <translation>Escolha a situação migratória («Não quis dizer» é uma resposta).</translation>
    </message>
    <message>
        <source>Choose what the person intends to do (“Did not want to say” is an answer).</source>
        <translation>Escolha o que a pessoa pretende fazer («Não quis dizer» é uma resposta).</translation>
    </message>
    <message>
        <source>An interview can tell at most %1 incidents.</source>
        <translation>Uma entrevista pode relatar no máximo %1 incidentes.</translation>
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
        <translation>nomes em outros campos ou outra ordem</translation>
    </message>
    <message>
        <source>family name equal</source>
        <translation>sobrenome igual</translation>
    </message>
    <message>
        <source>family name spelt differently</source>
        <translation>sobrenome escrito de outra forma</translation>
    </message>
    <message>
        <source>family name similar</source>
        <translation>sobrenome parecido</translation>
    </message>
    <message>
        <source>one family name missing on one side</source>
        <translation>falta um sobrenome em um dos lados</translation>
    </message>
    <message>
        <source>family names in a different order</source>
        <translation>sobrenomes em outra ordem</translation>
    </message>
    <message>
        <source>given name equal</source>
        <translation>nome igual</translation>
    </message>
    <message>
        <source>given name spelt differently</source>
        <translation>nome escrito de outra forma</translation>
    </message>
    <message>
        <source>given name similar</source>
        <translation>nome parecido</translation>
    </message>
    <message>
        <source>compound given name on one side</source>
        <translation>nome composto em um dos lados</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>o mesmo nome</translation>
    </message>
    <message>
        <source>a similar name (%1)</source>
        <translation>um nome parecido (%1)</translation>
    </message>
</context>
<context>
    <name>NationalitiesEdit</name>
    <message>
        <source>Add a nationality</source>
        <translation>Adicionar uma nacionalidade</translation>
    </message>
    <message>
        <source>Remove this nationality</source>
        <translation>Remover esta nacionalidade</translation>
    </message>
    <message>
        <source>Nationality %1</source>
        <translation>Nacionalidade %1</translation>
    </message>
</context>
<context>
    <name>NetworkCommand</name>
    <message>
        <source>counts for a network of organisations: send ours to the coordinator, or add up the organisations&apos; packages into the regional report (coordinators, administrators)</source>
        <translation>contagens para uma rede de organizações: enviar as nossas à coordenação, ou somar os pacotes das organizações no relatório regional (coordenação, administradores)</translation>
    </message>
    <message>
        <source>send or report.</source>
        <translation>send ou report.</translation>
    </message>
    <message>
        <source>report: the organisations&apos; counts packages.</source>
        <translation>report: os pacotes de contagens das organizações.</translation>
    </message>
    <message>
        <source>send: a month (2026-03) or a quarter (2026-Q1).</source>
        <translation>send: um mês (2026-03) ou um trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>send: the coordinator, by its name in the directory of partner organisations.</source>
        <translation>send: a coordenação, pelo seu nome no diretório de organizações parceiras.</translation>
    </message>
    <message>
        <source>report: pdf, xlsx or csv.</source>
        <translation>report: pdf, xlsx ou csv.</translation>
    </message>
    <message>
        <source>report: es, pt_BR or en.</source>
        <translation>report: es, pt_BR ou en.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>network needs an action: send or report.</source>
        <translation>network precisa de uma ação: send ou report.</translation>
    </message>
    <message>
        <source>Say where to write it with --out FILE.</source>
        <translation>Diga onde gravá-lo com --out ARQUIVO.</translation>
    </message>
    <message>
        <source>send needs --period PERIOD and --to NAME.</source>
        <translation>send precisa de --period PERÍODO e --to NOME.</translation>
    </message>
    <message>
        <source>report needs the organisations&apos; counts packages.</source>
        <translation>report precisa dos pacotes de contagens das organizações.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format deve ser csv, xlsx ou pdf.</translation>
    </message>
    <message>
        <source>--language must be es, pt_BR or en.</source>
        <translation>--language deve ser es, pt_BR ou en.</translation>
    </message>
    <message>
        <source>Wrote %1: only %2 can open it.</source>
        <translation>Gravado %1: somente %2 pode abri-lo.</translation>
    </message>
    <message>
        <source>No partner organisation called “%1” uses Amparo.</source>
        <translation>Nenhuma organização parceira chamada «%1» usa o Amparo.</translation>
    </message>
    <message>
        <source>Wrote %1: the counts of %2 added up.</source>
        <translation>Gravado %1: as contagens de %2 somadas.</translation>
    </message>
</context>
<context>
    <name>NetworkCountsDialog</name>
    <message>
        <source>Counts for the network</source>
        <translation>Contagens para a rede</translation>
    </message>
    <message>
        <source>An organisation of a network sends its coordinator the counts of its human rights documentation report for a month or a quarter: numbers per combination of codes (what happened, where, by whom, when), never a record, a name or a story. They are sent before any hiding, so the coordinator sees this organisation&apos;s own counts, small ones included; only the coordinator can open the package. The coordinator adds up the organisations&apos; counts and hides the small ones in the total, so what is published shows no organisation&apos;s own small numbers.</source>
        <translation>Uma organização de uma rede envia à sua coordenação as contagens do seu relatório de documentação de direitos humanos de um mês ou trimestre: números por combinação de códigos (o que aconteceu, onde, quem fez, quando), nunca um registro, um nome ou um relato. São enviadas antes de ocultar qualquer coisa, então a coordenação vê as contagens próprias desta organização, inclusive as pequenas; somente a coordenação pode abrir o pacote. A coordenação soma as contagens das organizações e oculta as pequenas no total, de modo que o publicado não mostra os números pequenos de nenhuma organização.</translation>
    </message>
    <message>
        <source>Send our counts</source>
        <translation>Enviar nossas contagens</translation>
    </message>
    <message>
        <source>A month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Um mês (2026-03) ou um trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>Save the counts package…</source>
        <translation>Salvar o pacote de contagens…</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Mês ou trimestre</translation>
    </message>
    <message>
        <source>To the coordinator</source>
        <translation>Para a coordenação</translation>
    </message>
    <message>
        <source>No partner that uses Amparo is in the directory: an administrator adds the coordinator, with its site card, under Administration → Partner organisations.</source>
        <translation>Nenhuma parceira que use o Amparo está no diretório: um administrador adiciona a coordenação, com seu cartão de unidade, em Administração → Organizações parceiras.</translation>
    </message>
    <message>
        <source>Add up the network&apos;s counts</source>
        <translation>Somar as contagens da rede</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <source>Add a package…</source>
        <translation>Adicionar um pacote…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Save the regional report…</source>
        <translation>Salvar o relatório regional…</translation>
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
        <translation>Escreva um mês como 2026-03 ou um trimestre como 2026-Q1.</translation>
    </message>
    <message>
        <source>Save the counts package</source>
        <translation>Salvar o pacote de contagens</translation>
    </message>
    <message>
        <source>counts-%1.amparo-counts</source>
        <translation>contagens-%1.amparo-counts</translation>
    </message>
    <message>
        <source>Amparo counts packages (*.amparo-counts)</source>
        <translation>Pacotes de contagens do Amparo (*.amparo-counts)</translation>
    </message>
    <message>
        <source>The counts of %1 were saved to %2. Only %3 can open the package: send it by any way.</source>
        <translation>As contagens de %1 foram salvas em %2. Somente %3 pode abrir o pacote: envie-o por qualquer meio.</translation>
    </message>
    <message>
        <source>Add an organisation&apos;s counts package</source>
        <translation>Adicionar o pacote de contagens de uma organização</translation>
    </message>
    <message>
        <source>Added the counts of %1.</source>
        <translation>As contagens de %1 foram adicionadas.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Save the regional report</source>
        <translation>Salvar o relatório regional</translation>
    </message>
    <message>
        <source>regional-report.%1</source>
        <translation>relatorio-regional.%1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The regional report of %n organisation(s) was saved to %1.</source>
        <translation>
            <numerusform>O relatório regional de %n organização foi salvo em %1.</numerusform>
            <numerusform>O relatório regional de %n organizações foi salvo em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextStepsPanel</name>
    <message>
        <source>Double-click a row to open its case.</source>
        <translation>Clique duas vezes numa linha para abrir o caso.</translation>
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
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profissional do caso</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último passo</translation>
    </message>
    <message>
        <source>My overdue actions and follow-ups (%1)</source>
        <translation>Minhas ações e acompanhamentos atrasados (%1)</translation>
    </message>
    <message>
        <source>Overdue actions and follow-ups (%1)</source>
        <translation>Ações e acompanhamentos atrasados (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing in the case plans is overdue.</source>
        <translation>Nada nos planos de caso está atrasado.</translation>
    </message>
    <message>
        <source>My cases with no next step (%1)</source>
        <translation>Meus casos sem próximo passo (%1)</translation>
    </message>
    <message>
        <source>Cases with no next step (%1)</source>
        <translation>Casos sem próximo passo (%1)</translation>
    </message>
    <message>
        <source>none since %1</source>
        <translation>nenhum desde %1</translation>
    </message>
    <message>
        <source>Every open case has a next step.</source>
        <translation>Todo caso aberto tem um próximo passo.</translation>
    </message>
    <message>
        <source>The %1 waiting longest are shown.</source>
        <translation>São mostrados os %1 que esperam há mais tempo.</translation>
    </message>
    <message>
        <source>The %1 longest overdue are shown.</source>
        <translation>São mostrados os %1 atrasados há mais tempo.</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Formato de saída: %1.</translation>
    </message>
</context>
<context>
    <name>PackageApplier</name>
    <message>
        <source>apply the package</source>
        <translation>aplicar o pacote</translation>
    </message>
    <message>
        <source>The package from %1 could not be read: it may come from a newer Amparo. Nothing of it was applied.</source>
        <translation>Não foi possível ler o pacote de %1: ele pode vir de uma versão mais nova do Amparo. Nada dele foi aplicado.</translation>
    </message>
    <message>
        <source>The package from %1 refers to a record (%2) this database does not have, so nothing of it was applied. Apply the packages before it first.</source>
        <translation>O pacote de %1 se refere a um registro (%2) que este banco de dados não tem, então nada dele foi aplicado. Aplique primeiro os pacotes anteriores.</translation>
    </message>
</context>
<context>
    <name>PackageEnvelope</name>
    <message>
        <source>A package cannot be made with these sites.</source>
        <translation>Não é possível fazer um pacote com estas sedes.</translation>
    </message>
    <message>
        <source>The keys of site %1 cannot be used to send it a package.</source>
        <translation>As chaves da sede %1 não servem para enviar-lhe um pacote.</translation>
    </message>
    <message>
        <source>The package could not be signed.</source>
        <translation>Não foi possível assinar o pacote.</translation>
    </message>
    <message>
        <source>This package was changed or cut short on the way; nothing of it was applied. Ask the sender for it again.</source>
        <translation>Este pacote foi alterado ou ficou incompleto no caminho; nada dele foi aplicado. Peça a quem o enviou que o mande de novo.</translation>
    </message>
    <message>
        <source>This file is not an Amparo package.</source>
        <translation>Este arquivo não é um pacote do Amparo.</translation>
    </message>
    <message>
        <source>This package is for site %1, not for this one (%2).</source>
        <translation>Este pacote é para a sede %1, não para esta (%2).</translation>
    </message>
    <message>
        <source>This package comes from site %1, which this database does not know. An administrator must register that site&apos;s card first.</source>
        <translation>Este pacote vem da sede %1, que este banco de dados não conhece. Um administrador precisa registrar primeiro o cartão dessa sede.</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>make the package</source>
        <translation>fazer o pacote</translation>
    </message>
    <message>
        <source>A record (%1 %2) has no global identifier; the package was not made.</source>
        <translation>Um registro (%1 %2) não tem identificador global; o pacote não foi feito.</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message numerus="yes">
        <source>about %n years</source>
        <translation>
            <numerusform>cerca de %n anos</numerusform>
            <numerusform>cerca de %n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
</context>
<context>
    <name>PartnerPackages</name>
    <message>
        <source>This database&apos;s keys could not be read (%1). On an office server, an administrator seals and opens packages for partner organisations.</source>
        <translation>Não foi possível ler as chaves deste banco de dados (%1). Em um servidor de escritório, um administrador cifra e abre os pacotes para organizações parceiras.</translation>
    </message>
    <message>
        <source>This database has no keys of its own yet: an administrator makes it a site under Administration → Field posts and office (its card is what partners register).</source>
        <translation>Este banco de dados ainda não tem chaves próprias: um administrador o transforma em unidade em Administração → Postos de campo e escritório (o seu cartão é o que as parceiras registram).</translation>
    </message>
    <message>
        <source>%1 does not use Amparo (no site card in the directory).</source>
        <translation>%1 não usa o Amparo (sem cartão de unidade no diretório).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 não pôde ser lido: %2</translation>
    </message>
    <message>
        <source>%1 is far larger than any such package.</source>
        <translation>%1 é muito maior que qualquer pacote desse tipo.</translation>
    </message>
</context>
<context>
    <name>PartnerRepository</name>
    <message>
        <source>save the partner organisation</source>
        <translation>salvar a organização parceira</translation>
    </message>
    <message>
        <source>The partner organisation no longer exists.</source>
        <translation>A organização parceira não existe mais.</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Informe o nome da organização.</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters.</source>
        <translation>O nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one service it offers.</source>
        <translation>Escolha pelo menos um serviço que ela oferece.</translation>
    </message>
    <message>
        <source>“%1” is not a service of the referral form.</source>
        <translation>“%1” não é um serviço do formulário de encaminhamento.</translation>
    </message>
    <message>
        <source>Choose the language of its referral forms: Spanish, Portuguese or English.</source>
        <translation>Escolha o idioma dos seus formulários de encaminhamento: espanhol, português ou inglês.</translation>
    </message>
    <message>
        <source>The areas served can have at most %1 characters.</source>
        <translation>As áreas atendidas podem ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The contact can have at most %1 characters.</source>
        <translation>O contato pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is already in the directory.</source>
        <translation>“%1” já está no diretório.</translation>
    </message>
    <message>
        <source>The sheet has no organisation in it.</source>
        <translation>A planilha não contém nenhuma organização.</translation>
    </message>
    <message>
        <source>“%1” is in the sheet twice.</source>
        <translation>“%1” está duas vezes na planilha.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported; correct the sheet and import it again.
%1</source>
        <translation>Nada foi importado; corrija a planilha e importe-a de novo.
%1</translation>
    </message>
    <message>
        <source>The agreement&apos;s reference can have at most %1 characters.</source>
        <translation>A referência do acordo pode ter no máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>PartnerSheet</name>
    <message>
        <source>The sheet has more than %1 rows: it is not a directory of organisations.</source>
        <translation>A planilha tem mais de %1 linhas: não é um diretório de organizações.</translation>
    </message>
    <message>
        <source>The sheet needs a column for the organisation&apos;s name and one for its services (for example “Name” and “Services”, “Nombre” and “Servicios”).</source>
        <translation>A planilha precisa de uma coluna para o nome da organização e outra para os seus serviços (por exemplo “Nome” e “Serviços”).</translation>
    </message>
    <message>
        <source>Services not on the referral form: %1.</source>
        <translation>Serviços que não estão no formulário de encaminhamento: %1.</translation>
    </message>
    <message>
        <source>“%1” is not Spanish, Portuguese or English.</source>
        <translation>“%1” não é espanhol, português nem inglês.</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Partner organisations</source>
        <translation>Organizações parceiras</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Uses Amparo</source>
        <translation>Usa o Amparo</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>No diretório</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Serviços oferecidos</translation>
    </message>
    <message>
        <source>towns, departments or sites it serves</source>
        <translation>cidades, estados ou unidades que atende</translation>
    </message>
    <message>
        <source>a person, phone or e-mail for referrals</source>
        <translation>uma pessoa, telefone ou e-mail para encaminhamentos</translation>
    </message>
    <message>
        <source>Load its site card…</source>
        <translation>Carregar o seu cartão de unidade…</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Remover o cartão</translation>
    </message>
    <message>
        <source>In the directory (untick to stop new referrals to it)</source>
        <translation>No diretório (desmarque para não fazer novos encaminhamentos a ela)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Areas served</source>
        <translation>Áreas atendidas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Language of its forms</source>
        <translation>Idioma dos seus formulários</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nova organização</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Salvar organização</translation>
    </message>
    <message>
        <source>The organisations persons are referred to or come from. A referral form is written in the organisation&apos;s language; to one that uses Amparo, a referral can also travel as an encrypted package sealed for its site card.</source>
        <translation>As organizações para as quais as pessoas são encaminhadas ou de onde vêm. O formulário de encaminhamento é escrito no idioma da organização; para uma que usa o Amparo, o encaminhamento também pode viajar como um pacote cifrado para o seu cartão de unidade.</translation>
    </message>
    <message>
        <source>The partner&apos;s site card</source>
        <translation>O cartão de unidade da organização</translation>
    </message>
    <message>
        <source>Site cards (*.card *.txt);;All files (*)</source>
        <translation>Cartões de unidade (*.card *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No: its referrals go on paper or PDF.</source>
        <translation>Não: os seus encaminhamentos vão em papel ou PDF.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Yes: site %1, fingerprint %2</source>
        <translation>Sim: unidade %1, impressão digital %2</translation>
    </message>
    <message>
        <source>Yes: site %1, fingerprint %2 — read it to the organisation to be sure the card was not swapped on the way.</source>
        <translation>Sim: unidade %1, impressão digital %2 — leia-a com a organização para ter certeza de que o cartão não foi trocado no caminho.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet…</source>
        <translation>Importar de uma planilha…</translation>
    </message>
    <message>
        <source>Import partner organisations</source>
        <translation>Importar organizações parceiras</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Planilhas (*.csv *.xlsx *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n organização adicionada, %1 atualizadas.</numerusform>
            <numerusform>%n organizações adicionadas, %1 atualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>its title, number or date; empty if none was signed</source>
        <translation>o título, número ou data; vazio se nenhum foi assinado</translation>
    </message>
    <message>
        <source>Data-sharing agreement</source>
        <translation>Acordo de compartilhamento de dados</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet with a column for the name and one for the services; areas, contact, language and agreement if you have them.</source>
        <translation>Uma planilha CSV ou Excel com uma coluna para o nome e outra para os serviços; áreas, contato, idioma e acordo se os tiver.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>A passphrase needs at least %1 characters. Several words are easy to remember and hard to guess.</source>
        <translation>Uma frase-senha precisa de pelo menos %1 caracteres. Várias palavras são fáceis de lembrar e difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>A passphrase can have at most %1 characters.</source>
        <translation>Uma frase-senha pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters.</source>
        <translation>A frase-senha tem poucos caracteres diferentes.</translation>
    </message>
    <message>
        <source>The passphrase must not contain the user name.</source>
        <translation>A frase-senha não deve conter o nome de usuário.</translation>
    </message>
    <message>
        <source>This passphrase is one of the first that attackers try. Choose another.</source>
        <translation>Esta frase-senha é uma das primeiras que os atacantes tentam. Escolha outra.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>see the list of cases</source>
        <translation>ver a lista de casos</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>abrir um caso</translation>
    </message>
    <message>
        <source>see exact dates of birth</source>
        <translation>ver datas de nascimento exatas</translation>
    </message>
    <message>
        <source>see identity documents and contact details</source>
        <translation>ver documentos de identidade e dados de contato</translation>
    </message>
    <message>
        <source>read case notes</source>
        <translation>ler as notas dos casos</translation>
    </message>
    <message>
        <source>register cases</source>
        <translation>registrar casos</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>alterar casos</translation>
    </message>
    <message>
        <source>manage sites</source>
        <translation>gerenciar locais</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gerenciar usuários</translation>
    </message>
    <message>
        <source>see the audit trail</source>
        <translation>ver o registro de auditoria</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>fazer cópias de segurança</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>restaurar cópias de segurança</translation>
    </message>
    <message>
        <source>see statistics</source>
        <translation>ver estatísticas</translation>
    </message>
    <message>
        <source>see risk screenings</source>
        <translation>ver as triagens de risco</translation>
    </message>
    <message>
        <source>screen for risk</source>
        <translation>fazer triagem de risco</translation>
    </message>
    <message>
        <source>see legal procedures and deadlines</source>
        <translation>ver procedimentos legais e prazos</translation>
    </message>
    <message>
        <source>follow legal procedures</source>
        <translation>acompanhar procedimentos legais</translation>
    </message>
    <message>
        <source>look for relatives and register tracing requests</source>
        <translation>buscar familiares e registrar solicitações de busca</translation>
    </message>
    <message>
        <source>review matches of unaccompanied and separated children</source>
        <translation>revisar correspondências de crianças desacompanhadas e separadas</translation>
    </message>
    <message>
        <source>import cases from spreadsheets</source>
        <translation>importar casos de planilhas</translation>
    </message>
    <message>
        <source>change the smallest count statistics show</source>
        <translation>alterar a menor contagem que as estatísticas mostram</translation>
    </message>
    <message>
        <source>add or remove invented people</source>
        <translation>adicionar ou remover pessoas fictícias</translation>
    </message>
    <message>
        <source>merge duplicate persons and cases</source>
        <translation>mesclar pessoas e casos duplicados</translation>
    </message>
    <message>
        <source>refer persons to partner organisations</source>
        <translation>encaminhar pessoas a organizações parceiras</translation>
    </message>
    <message>
        <source>keep the directory of partner organisations</source>
        <translation>manter o diretório de organizações parceiras</translation>
    </message>
    <message>
        <source>keep case plans</source>
        <translation>manter planos de caso</translation>
    </message>
    <message>
        <source>answer people&apos;s requests to see, correct or erase their data</source>
        <translation>responder pedidos de pessoas para ver, corrigir ou apagar seus dados</translation>
    </message>
    <message>
        <source>record and read what happened to the persons of a case</source>
        <translation>registrar e ler o que aconteceu com as pessoas de um caso</translation>
    </message>
    <message>
        <source>run protection-monitoring interviews</source>
        <translation>fazer entrevistas de monitoramento de proteção</translation>
    </message>
    <message>
        <source>send counts to the network&apos;s coordinator and add up the counts of a network</source>
        <translation>enviar contagens à coordenação da rede e somar as contagens de uma rede</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>answer a person&apos;s request to see, correct or erase their data or to withdraw a consent; list the register of requests (administrators)</source>
        <translation>responder o pedido de uma pessoa para ver, corrigir ou apagar seus dados ou retirar um consentimento; listar o registro de pedidos (administradores)</translation>
    </message>
    <message>
        <source>CASE:N, the N-th member of a case as show lists them (1 is the principal); decide: the request&apos;s number.</source>
        <translation>CASO:N, o N-ésimo membro de um caso como show os lista (1 é o titular); decide: o número do pedido.</translation>
    </message>
    <message>
        <source>When the request was received (default: today).</source>
        <translation>Quando o pedido foi recebido (padrão: hoje).</translation>
    </message>
    <message>
        <source>How the person&apos;s identity was checked.</source>
        <translation>Como a identidade da pessoa foi verificada.</translation>
    </message>
    <message>
        <source>access: the PDF to write.</source>
        <translation>access: o PDF a gravar.</translation>
    </message>
    <message>
        <source>access: es, pt_BR or en (the person&apos;s language).</source>
        <translation>access: es, pt_BR ou en (o idioma da pessoa).</translation>
    </message>
    <message>
        <source>erase: no_longer_necessary, consent_withdrawn, objection_upheld or unlawful_processing.</source>
        <translation>erase: no_longer_necessary, consent_withdrawn, objection_upheld ou unlawful_processing.</translation>
    </message>
    <message>
        <source>erase: yes, erase; it cannot be undone.</source>
        <translation>erase: sim, apagar; não pode ser desfeito.</translation>
    </message>
    <message>
        <source>refuse-erasure: why (for example, a legal hold).</source>
        <translation>refuse-erasure: por quê (por exemplo, uma retenção legal).</translation>
    </message>
    <message>
        <source>withdraw-consent: registration, referral, tracing, comma-separated.</source>
        <translation>withdraw-consent: registration, referral, tracing, separados por vírgulas.</translation>
    </message>
    <message>
        <source>correct: what the person says is wrong.</source>
        <translation>correct: o que a pessoa diz que está errado.</translation>
    </message>
    <message>
        <source>decide: granted, partly_granted or refused.</source>
        <translation>decide: granted, partly_granted ou refused.</translation>
    </message>
    <message>
        <source>decide: what was changed, or why not.</source>
        <translation>decide: o que foi alterado, ou por que não.</translation>
    </message>
    <message>
        <source>“%1” is not a request&apos;s number (person requests lists them).</source>
        <translation>“%1” não é o número de um pedido (person requests os lista).</translation>
    </message>
    <message>
        <source>--decision must be granted, partly_granted or refused.</source>
        <translation>--decision deve ser granted, partly_granted ou refused.</translation>
    </message>
    <message>
        <source>Request %1 answered.</source>
        <translation>Pedido %1 respondido.</translation>
    </message>
    <message>
        <source>person needs an action: %1.</source>
        <translation>person precisa de uma ação: %1.</translation>
    </message>
    <message>
        <source>person requests takes nothing more.</source>
        <translation>person requests não leva mais nada.</translation>
    </message>
    <message>
        <source>person %1 needs the person (CASE:N).</source>
        <translation>person %1 precisa da pessoa (CASO:N).</translation>
    </message>
    <message>
        <source>--received must be a date such as 2026-06-14.</source>
        <translation>--received deve ser uma data como 2026-06-14.</translation>
    </message>
    <message>
        <source>person access needs --out FILE and --language es, pt_BR or en.</source>
        <translation>person access precisa de --out ARQUIVO e --language es, pt_BR ou en.</translation>
    </message>
    <message>
        <source>--ground must be no_longer_necessary, consent_withdrawn, objection_upheld or unlawful_processing.</source>
        <translation>--ground deve ser no_longer_necessary, consent_withdrawn, objection_upheld ou unlawful_processing.</translation>
    </message>
    <message>
        <source>An erasure cannot be undone: add --yes to erase.</source>
        <translation>Uma eliminação não pode ser desfeita: acrescente --yes para apagar.</translation>
    </message>
    <message>
        <source>Wrote %1; the request is in the register.</source>
        <translation>%1 foi gravado; o pedido está no registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries emptied.</source>
        <translation>
            <numerusform>%n entrada de auditoria esvaziada.</numerusform>
            <numerusform>%n entradas de auditoria esvaziadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the database open: its log is emptied when the last one closes it.</source>
        <translation>Outro programa está com o banco de dados aberto: seu registro de escrita é esvaziado quando o último o fechar.</translation>
    </message>
    <message>
        <source>Entered in the register as request %1.</source>
        <translation>Anotado no registro como pedido %1.</translation>
    </message>
</context>
<context>
    <name>PersonDataReport</name>
    <message>
        <source>What Amparo holds about this person</source>
        <translation>O que o Amparo guarda sobre esta pessoa</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primeiro sobrenome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo sobrenome</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Where the person is</source>
        <translation>Onde a pessoa está</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>A pessoa</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código do caso</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Place in the family group</source>
        <translation>Lugar no grupo familiar</translation>
    </message>
    <message>
        <source>Other members (by relationship to the principal)</source>
        <translation>Outros membros (pelo parentesco com o titular)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profissional do caso</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>referral to other organisations</source>
        <translation>encaminhamento a outras organizações</translation>
    </message>
    <message>
        <source>family tracing</source>
        <translation>busca de familiares</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>none in force (recorded on %1)</source>
        <translation>nenhum em vigor (registrado em %1)</translation>
    </message>
    <message>
        <source>%1 (recorded on %2)</source>
        <translation>%1 (registrado em %2)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Notes on the case</source>
        <translation>Notas do caso</translation>
    </message>
    <message>
        <source>Read these notes before handing this over: they are about the family and may speak of other members.</source>
        <translation>Leia estas notas antes de entregar este documento: tratam da família e podem falar de outros membros.</translation>
    </message>
    <message>
        <source>Risk screenings and specific needs</source>
        <translation>Avaliações de risco e necessidades específicas</translation>
    </message>
    <message>
        <source>Screened on</source>
        <translation>Avaliada em</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Avaliação geral</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, desde %1</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, de %1 a %2</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necessidades específicas</translation>
    </message>
    <message>
        <source>Legal procedures and deadlines</source>
        <translation>Procedimentos jurídicos e prazos</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source> (done %1)</source>
        <translation> (cumprido em %1)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Referrals to other organisations</source>
        <translation>Encaminhamentos a outras organizações</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Informações compartilhadas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Busca de familiares</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>The person is looking for</source>
        <translation>A pessoa procura</translation>
    </message>
    <message>
        <source>The person was found by</source>
        <translation>A pessoa foi encontrada por</translation>
    </message>
    <message>
        <source>a relative&apos;s request</source>
        <translation>o pedido de um familiar</translation>
    </message>
    <message>
        <source>Requests about these data</source>
        <translation>Pedidos sobre estes dados</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Prepared on %1 by %2, at the person&apos;s request. It holds everything recorded about the person; other people&apos;s details are left out.</source>
        <translation>Preparado em %1 por %2, a pedido da pessoa. Contém tudo o que foi registrado sobre a pessoa; os dados de outras pessoas ficam de fora.</translation>
    </message>
    <message>
        <source>What the person told happened to them</source>
        <translation>O que a pessoa contou que lhe aconteceu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Denúncia</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>O que o Estado fez</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Em suas palavras</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>give the case to its next member</source>
        <translation>passar o caso ao próximo membro</translation>
    </message>
    <message>
        <source>The case has no other member.</source>
        <translation>O caso não tem outro membro.</translation>
    </message>
    <message>
        <source>erase the person</source>
        <translation>apagar a pessoa</translation>
    </message>
    <message>
        <source>(erasure)</source>
        <translation>(eliminação)</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identidade</translation>
    </message>
    <message>
        <source>all given names, e.g. María José</source>
        <translation>todos os nomes, p. ex. Maria José</translation>
    </message>
    <message>
        <source>aliases or other spellings, separated by commas</source>
        <translation>apelidos ou outras grafias, separados por vírgulas</translation>
    </message>
    <message>
        <source>Given names *</source>
        <translation>Nomes *</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primeiro sobrenome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo sobrenome</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidade</translation>
    </message>
    <message>
        <source>Contact and current location</source>
        <translation>Contato e localização atual</translation>
    </message>
    <message>
        <source>+57 310 555 0101</source>
        <translation>+57 310 555 0101</translation>
    </message>
    <message>
        <source>town, neighbourhood or shelter</source>
        <translation>cidade, bairro ou abrigo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department / state</source>
        <translation>Estado / departamento</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
</context>
<context>
    <name>PersonMerger</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primeiro sobrenome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo sobrenome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Where they are now</source>
        <translation>Onde está agora</translation>
    </message>
    <message>
        <source>Has no identity document at all</source>
        <translation>Não tem nenhum documento de identidade</translation>
    </message>
    <message>
        <source>merge the records of %1</source>
        <translation>mesclar os registros de %1</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>save the person %1</source>
        <translation>salvar a pessoa %1</translation>
    </message>
    <message>
        <source>The person %1 no longer exists; someone may have removed them.</source>
        <translation>A pessoa %1 não existe mais; alguém pode tê-la removido.</translation>
    </message>
    <message>
        <source>save the details of %1</source>
        <translation>salvar os dados de %1</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>A pessoa não existe mais.</translation>
    </message>
    <message>
        <source>remove the person</source>
        <translation>remover a pessoa</translation>
    </message>
</context>
<context>
    <name>PersonSearchIndex</name>
    <message>
        <source>update the search index</source>
        <translation>atualizar o índice de busca</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Enter the person&apos;s given name.</source>
        <translation>Informe o nome da pessoa.</translation>
    </message>
    <message>
        <source>At most %1 other names can be recorded.</source>
        <translation>É possível registrar no máximo %1 outros nomes.</translation>
    </message>
    <message>
        <source>An other name is empty.</source>
        <translation>Um dos outros nomes está vazio.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Um nome pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be part of a name.</source>
        <translation>O nome contém caracteres que não podem fazer parte de um nome.</translation>
    </message>
    <message>
        <source>This date of birth does not exist.</source>
        <translation>Esta data de nascimento não existe.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>A data de nascimento está no futuro.</translation>
    </message>
    <message>
        <source>The date of birth is before %1; check the year.</source>
        <translation>A data de nascimento é anterior a %1; confira o ano.</translation>
    </message>
    <message>
        <source>“%1” is not a known country code. Use a three-letter ISO code such as VEN or COL.</source>
        <translation>“%1” não é um código de país conhecido. Use um código ISO de três letras como VEN ou COL.</translation>
    </message>
    <message>
        <source>The nationality %1 is listed twice.</source>
        <translation>A nacionalidade %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>The person is marked as having no document, but documents are listed. Remove the documents or clear “no document”.</source>
        <translation>A pessoa está marcada como sem documento, mas há documentos na lista. Remova os documentos ou desmarque “sem documento”.</translation>
    </message>
    <message>
        <source>A document number can have at most %1 characters.</source>
        <translation>Um número de documento pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Informe o número do documento.</translation>
    </message>
    <message>
        <source>Choose the country that issued the document.</source>
        <translation>Escolha o país que emitiu o documento.</translation>
    </message>
    <message>
        <source>The document %1 is listed twice.</source>
        <translation>O documento %1 aparece duas vezes.</translation>
    </message>
    <message>
        <source>A phone number can only contain digits, spaces and + - ( ) (at most %1 characters).</source>
        <translation>Um número de telefone só pode conter dígitos, espaços e + - ( ) (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>“%1” is not a known country code.</source>
        <translation>“%1” não é um código de país conhecido.</translation>
    </message>
    <message>
        <source>Choose a department, state or province of the chosen country.</source>
        <translation>Escolha um estado, departamento ou província do país escolhido.</translation>
    </message>
    <message>
        <source>The place can have at most %1 characters, without control characters.</source>
        <translation>O lugar pode ter no máximo %1 caracteres, sem caracteres de controle.</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <source>Change the follow-up</source>
        <translation>Alterar o acompanhamento</translation>
    </message>
    <message>
        <source>Change the action</source>
        <translation>Alterar a ação</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planejar um acompanhamento</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Adicionar uma ação</translation>
    </message>
    <message>
        <source>what the follow-up is for</source>
        <translation>para que serve o acompanhamento</translation>
    </message>
    <message>
        <source>what must be done</source>
        <translation>o que deve ser feito</translation>
    </message>
    <message>
        <source>(no goal in particular)</source>
        <translation>(nenhum objetivo em particular)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Towards</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Planejar acompanhamento</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>What came of the follow-up (required).</source>
        <translation>O que resultou do acompanhamento (obrigatório).</translation>
    </message>
    <message>
        <source>What came of it.</source>
        <translation>O que resultou.</translation>
    </message>
    <message>
        <source>Why it is cancelled (required).</source>
        <translation>Por que é cancelado (obrigatório).</translation>
    </message>
    <message>
        <source>Anything the next person to take it up should know.</source>
        <translation>O que a próxima pessoa a retomá-lo deve saber.</translation>
    </message>
</context>
<context>
    <name>PlanStepKind</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
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
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
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
        <translation>Gere entre 1 e 5.000.000 de pessoas.</translation>
    </message>
    <message>
        <source>This database already holds cases. Synthetic people are only generated into a new, empty database, never next to real ones.</source>
        <translation>Este banco de dados já contém casos. Pessoas sintéticas só são geradas em um banco de dados novo e vazio, nunca ao lado de pessoas reais.</translation>
    </message>
    <message>
        <source>Generation stopped after %1 persons.</source>
        <translation>A geração parou depois de %1 pessoas.</translation>
    </message>
    <message>
        <source>The site to generate at does not exist.</source>
        <translation>O local onde gerar não existe.</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesDialog</name>
    <message>
        <source>&amp;Open that case</source>
        <translation>&amp;Abrir esse caso</translation>
    </message>
    <message>
        <source>&amp;Add that person to this family instead</source>
        <translation>A&amp;dicionar essa pessoa a esta família no lugar</translation>
    </message>
    <message>
        <source>Register a &amp;new person</source>
        <translation>Registrar uma pessoa &amp;nova</translation>
    </message>
    <message>
        <source>Registered already?</source>
        <translation>Já registrada?</translation>
    </message>
    <message>
        <source>Before &lt;b&gt;%1&lt;/b&gt; is registered: these registered persons may be the same. One person registered twice splits a family&apos;s history and hides them from those looking for them.</source>
        <translation>Antes de registrar &lt;b&gt;%1&lt;/b&gt;: estas pessoas registradas podem ser a mesma. Uma pessoa registrada duas vezes divide a história de uma família e a esconde de quem a procura.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>no case</source>
        <translation>sem caso</translation>
    </message>
    <message>
        <source>Why this is someone else (kept in the audit trail)</source>
        <translation>Por que é outra pessoa (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Outra pessoa</translation>
    </message>
</context>
<context>
    <name>PossibleDuplicatesListDialog</name>
    <message>
        <source>Open the &amp;first case</source>
        <translation>Abrir o &amp;primeiro caso</translation>
    </message>
    <message>
        <source>Open the &amp;second case</source>
        <translation>Abrir o &amp;segundo caso</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicados</translation>
    </message>
    <message>
        <source>First case</source>
        <translation>Primeiro caso</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Primeira pessoa</translation>
    </message>
    <message>
        <source>Second case</source>
        <translation>Segundo caso</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Segunda pessoa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Procurar de novo</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Procurando possíveis duplicados…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation>Nenhum possível duplicado foi encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of persons who may be one.</source>
        <translation>
            <numerusform>%n par de pessoas que podem ser uma.</numerusform>
            <numerusform>%n pares de pessoas que podem ser uma.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Merge the two persons…</source>
        <translation>&amp;Mesclar as duas pessoas…</translation>
    </message>
    <message>
        <source>Merge the two &amp;cases…</source>
        <translation>Mesclar os dois &amp;casos…</translation>
    </message>
    <message>
        <source>Persons who may be registered twice, in the whole database: the same document number, the same phone number in two families, or a very similar name with a compatible birth. Strongest first. Open both cases to decide; legal staff and administrators can merge the two.</source>
        <translation>Pessoas que podem estar registradas duas vezes, em todo o banco de dados: o mesmo número de documento, o mesmo telefone em duas famílias, ou um nome muito parecido com um nascimento compatível. As mais prováveis primeiro. Abra os dois casos para decidir; a equipe jurídica e os administradores podem mesclar os dois.</translation>
    </message>
    <message>
        <source>%1 was merged into %2. Until someone closes its review, the merge can be undone under Administration → Merges to review.</source>
        <translation>%1 foi mesclado a %2. Até que alguém encerre sua revisão, a mesclagem pode ser desfeita em Administração → Mesclagens a revisar.</translation>
    </message>
</context>
<context>
    <name>ProcedureCatalogue</name>
    <message>
        <source>The procedure types file cannot be used: %1</source>
        <translation>O arquivo de tipos de procedimento não pode ser usado: %1</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>não tem &quot;version&quot;.</translation>
    </message>
    <message>
        <source>the procedure type “%1” has a bad or repeated code or no English name.</source>
        <translation>o tipo de procedimento “%1” tem um código incorreto ou repetido, ou não tem nome em inglês.</translation>
    </message>
    <message>
        <source>the procedure type “%1” names the unknown country “%2”.</source>
        <translation>o tipo de procedimento “%1” indica o país desconhecido “%2”.</translation>
    </message>
    <message>
        <source>a stage of “%1” has a bad or repeated code or no English label.</source>
        <translation>uma etapa de “%1” tem um código incorreto ou repetido, ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>the procedure type “%1” has no stages.</source>
        <translation>o tipo de procedimento “%1” não tem etapas.</translation>
    </message>
    <message>
        <source>an event of “%1” has a bad or repeated code or no English label.</source>
        <translation>um evento de “%1” tem um código incorreto ou repetido, ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>the event “%1” of “%2” moves to the unknown stage “%3”.</source>
        <translation>o evento “%1” de “%2” passa para a etapa desconhecida “%3”.</translation>
    </message>
    <message>
        <source>the event “%1” of “%2” has the unknown outcome “%3”.</source>
        <translation>o evento “%1” de “%2” tem o resultado desconhecido “%3”.</translation>
    </message>
    <message>
        <source>the document of event “%1” of “%2” needs a label and a validity.</source>
        <translation>o documento do evento “%1” de “%2” precisa de um rótulo e de uma validade.</translation>
    </message>
    <message>
        <source>the renewal of event “%1” of “%2” needs a label and a number of days.</source>
        <translation>a renovação do evento “%1” de “%2” precisa de um rótulo e de um número de dias.</translation>
    </message>
    <message>
        <source>a deadline of event “%1” of “%2” needs a label, 0 to 3650 days and &quot;working&quot; or &quot;calendar&quot; days.</source>
        <translation>um prazo do evento “%1” de “%2” precisa de um rótulo, de 0 a 3650 dias e dias &quot;working&quot; ou &quot;calendar&quot;.</translation>
    </message>
    <message>
        <source>the procedure type “%1” has no events.</source>
        <translation>o tipo de procedimento “%1” não tem eventos.</translation>
    </message>
    <message>
        <source>it has no procedure types.</source>
        <translation>não tem tipos de procedimento.</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Indeferido</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Desistência</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>Open a procedure</source>
        <translation>Abrir um procedimento</translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation>Dados do procedimento</translation>
    </message>
    <message>
        <source>One stage per line, in order</source>
        <translation>Uma etapa por linha, em ordem</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado em</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Open procedure</source>
        <translation>Abrir procedimento</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>&lt;small&gt;About this procedure: %1&lt;/small&gt;</source>
        <translation>&lt;small&gt;Sobre este procedimento: %1&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ProcedureRepository</name>
    <message>
        <source>save the procedure</source>
        <translation>salvar o procedimento</translation>
    </message>
    <message>
        <source>The procedure was changed by someone else after you opened it. Close the case and open it again to see the changes.</source>
        <translation>Outra pessoa alterou o procedimento depois que você o abriu. Feche o caso e abra-o novamente para ver as alterações.</translation>
    </message>
    <message>
        <source>The procedure no longer exists.</source>
        <translation>O procedimento não existe mais.</translation>
    </message>
    <message>
        <source>save the event</source>
        <translation>salvar o evento</translation>
    </message>
</context>
<context>
    <name>ProcedureRules</name>
    <message>
        <source>Choose the kind of procedure.</source>
        <translation>Escolha o tipo de procedimento.</translation>
    </message>
    <message>
        <source>Choose the country of the procedure.</source>
        <translation>Escolha o país do procedimento.</translation>
    </message>
    <message>
        <source>This procedure exists only in %1.</source>
        <translation>Este procedimento só existe em %1.</translation>
    </message>
    <message>
        <source>The authority can have at most 200 characters.</source>
        <translation>A autoridade pode ter no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The file number can have at most 100 characters.</source>
        <translation>O número do processo pode ter no máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Say who is responsible for the procedure.</source>
        <translation>Diga quem é responsável pelo procedimento.</translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation>O nome pode ter no máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date the procedure started.</source>
        <translation>Informe a data de início do procedimento.</translation>
    </message>
    <message>
        <source>The procedure cannot start in the future.</source>
        <translation>O procedimento não pode começar no futuro.</translation>
    </message>
    <message>
        <source>Choose the members the procedure concerns.</source>
        <translation>Escolha os membros aos quais o procedimento se refere.</translation>
    </message>
    <message>
        <source>Someone chosen is not a member of this case.</source>
        <translation>Uma das pessoas escolhidas não é membro deste caso.</translation>
    </message>
    <message>
        <source>Name the stages of this procedure, one per line.</source>
        <translation>Escreva as etapas deste procedimento, uma por linha.</translation>
    </message>
    <message>
        <source>Each stage needs a different name.</source>
        <translation>Cada etapa precisa de um nome diferente.</translation>
    </message>
    <message>
        <source>A stage name can have at most 100 characters.</source>
        <translation>O nome de uma etapa pode ter no máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Choose what happened from the list.</source>
        <translation>Escolha na lista o que aconteceu.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>Informe a data do evento.</translation>
    </message>
    <message>
        <source>The event cannot be before the procedure started (%1).</source>
        <translation>O evento não pode ser anterior ao início do procedimento (%1).</translation>
    </message>
    <message>
        <source>This event cannot be in the future.</source>
        <translation>Este evento não pode estar no futuro.</translation>
    </message>
    <message>
        <source>The date is too far ahead.</source>
        <translation>A data está longe demais.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>A nota pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a stage of this procedure.</source>
        <translation>“%1” não é uma etapa deste procedimento.</translation>
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
        <translation>Resumo do seu procedimento</translation>
    </message>
    <message>
        <source>Case %1 · printed on %2</source>
        <translation>Caso %1 · impresso em %2</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado em</translation>
    </message>
    <message>
        <source>Your lawyer or caseworker</source>
        <translation>Seu advogado/a ou pessoa de referência</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>Etapa atual</translation>
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
        <translation>%1, válido até %2</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Próximas datas</translation>
    </message>
    <message>
        <source>No date is pending at the moment.</source>
        <translation>No momento não há datas pendentes.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>What has happened</source>
        <translation>O que já aconteceu</translation>
    </message>
    <message>
        <source>Keep this sheet with your documents and bring it to every appointment. If a date is near and you have not heard from us, contact %1.</source>
        <translation>Guarde esta folha com seus documentos e traga-a a cada atendimento. Se uma data estiver próxima e você não tiver notícias nossas, entre em contato com %1.</translation>
    </message>
    <message>
        <source>the legal team</source>
        <translation>a equipe jurídica</translation>
    </message>
</context>
<context>
    <name>ProceduresPanel</name>
    <message>
        <source>Procedures</source>
        <translation>Procedimentos</translation>
    </message>
    <message>
        <source>Open a procedure…</source>
        <translation>Abrir um procedimento…</translation>
    </message>
    <message>
        <source>Conflict check…</source>
        <translation>Verificação de conflitos…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>No procedure yet. Open one to follow its stages and deadlines.</source>
        <translation>Ainda não há procedimentos. Abra um para acompanhar suas etapas e prazos.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>Etapa depois</translation>
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
        <translation>Registrar o que aconteceu…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dados…</translation>
    </message>
    <message>
        <source>Summary for the person (PDF)…</source>
        <translation>Resumo para a pessoa (PDF)…</translation>
    </message>
    <message>
        <source>A one-page summary in Spanish; the arrow offers other languages.</source>
        <translation>Um resumo de uma página em espanhol; a seta oferece outros idiomas.</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>Em espanhol</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>Em português</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>Em inglês</translation>
    </message>
    <message>
        <source>Deadlines of this case</source>
        <translation>Prazos deste caso</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Iniciado em</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, válido até %2</translation>
    </message>
    <message>
        <source>No conflict check recorded yet.</source>
        <translation>Ainda não há verificação de conflitos registrada.</translation>
    </message>
    <message>
        <source>Conflict check of %1: %2</source>
        <translation>Verificação de conflitos de %1: %2</translation>
    </message>
    <message>
        <source>Open a procedure</source>
        <translation>Abrir um procedimento</translation>
    </message>
    <message>
        <source>No conflict check is recorded on this case. Run one before opening the procedure?</source>
        <translation>Este caso não tem verificação de conflitos registrada. Fazer uma antes de abrir o procedimento?</translation>
    </message>
    <message>
        <source>Choose a procedure first.</source>
        <translation>Primeiro escolha um procedimento.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Salvar o resumo como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>The summary was saved to %1. It contains personal data: hand it to the person and do not leave copies around.</source>
        <translation>O resumo foi salvo em %1. Contém dados pessoais: entregue-o à pessoa e não deixe cópias à vista.</translation>
    </message>
</context>
<context>
    <name>RecordOwnership</name>
    <message>
        <source>find which site the record belongs to</source>
        <translation>descobrir a qual sede pertence o registro</translation>
    </message>
    <message>
        <source>This record belongs to the site %1: it is changed there, and its changes reach this database in its packages. Nothing was changed.</source>
        <translation>Este registro pertence à sede %1: é alterado lá, e suas alterações chegam a este banco de dados nos pacotes dela. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message>
        <source>read the records as they are</source>
        <translation>ler os registros como estão</translation>
    </message>
    <message>
        <source>The records kept from before the merge cannot be read.</source>
        <translation>Não é possível ler os registros guardados de antes da mesclagem.</translation>
    </message>
    <message>
        <source>put the records back as they were</source>
        <translation>devolver os registros a como estavam</translation>
    </message>
    <message>
        <source>The records a merge touched cannot be read.</source>
        <translation>Não é possível ler os registros que uma mesclagem alterou.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Abrir com a chave de recuperação</translation>
    </message>
    <message>
        <source>The recovery key printed when the database was encrypted opens it when every passphrase is lost. Give it with the user name of an administrator, who gets a new passphrase. This is recorded in the audit trail.</source>
        <translation>A chave de recuperação impressa quando o banco de dados foi criptografado o abre quando todas as frases-senha são perdidas. Digite-a com o nome de usuário de um administrador, que recebe uma nova frase-senha. Isto fica registrado na registro de auditoria.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nome de usuário do administrador</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nova frase-senha novamente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>As duas frases-senha novas não são iguais.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>A recovery key has only letters and digits; &quot;%1&quot; is not one of them. Check what you typed.</source>
        <translation>Uma chave de recuperação só tem letras e algarismos; “%1” não é um deles. Verifique o que digitou.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; what you typed has %3 characters instead of %4.</source>
        <translation>Uma chave de recuperação tem %1 grupos de %2 caracteres; o que você digitou tem %3 caracteres em vez de %4.</translation>
    </message>
    <message>
        <source>This recovery key has a mistake in it: one of its characters is wrong. Check each group against the printed key.</source>
        <translation>Esta chave de recuperação tem um erro: um de seus caracteres está errado. Compare cada grupo com a chave impressa.</translation>
    </message>
    <message>
        <source>Could not write the recovery key to %1: %2</source>
        <translation>Não foi possível gravar a chave de recuperação em %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>The database&apos;s recovery key</source>
        <translation>A chave de recuperação do banco de dados</translation>
    </message>
    <message>
        <source>Amparo encrypts this database: whoever takes this computer cannot read it without a passphrase.&lt;br&gt;&lt;br&gt;If every passphrase is ever lost, this &lt;b&gt;recovery key&lt;/b&gt; is the only way to open the database. It is shown only now. Print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation>O Amparo criptografa este banco de dados: quem levar este computador não consegue lê-lo sem uma frase-senha.&lt;br&gt;&lt;br&gt;Se algum dia todas as frases-senha forem perdidas, esta &lt;b&gt;chave de recuperação&lt;/b&gt; é a única forma de abrir o banco de dados. Só é mostrada agora. Imprima-a ou anote-a, e guarde-a num lugar seguro, longe deste computador.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>To show that you have it, type the recovery key again:</source>
        <translation>Para mostrar que a tem, digite novamente a chave de recuperação:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>This computer&apos;s disk is already encrypted: do not encrypt the database</source>
        <translation>O disco deste computador já está criptografado: não criptografar o banco de dados</translation>
    </message>
    <message>
        <source>Leave the database unencrypted?</source>
        <translation>Deixar o banco de dados sem criptografia?</translation>
    </message>
    <message>
        <source>Without encryption, anyone who takes this computer can read every case in the database unless the disk itself is encrypted. Leave it unencrypted?</source>
        <translation>Sem criptografia, quem levar este computador pode ler todos os casos do banco de dados, a menos que o próprio disco esteja criptografado. Deixá-lo sem criptografia?</translation>
    </message>
    <message>
        <source>That is not the recovery key shown above. Check each group.</source>
        <translation>Essa não é a chave de recuperação mostrada acima. Verifique cada grupo.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Amparo: recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;br&gt;Made on: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 16pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;This key opens the database if every passphrase is lost. Keep it somewhere safe, away from the computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Amparo: chave de recuperação&lt;/h2&gt;&lt;p&gt;Banco de dados: %1&lt;br&gt;Criada em: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 16pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Esta chave abre o banco de dados se todas as frases-senha forem perdidas. Guarde-a num lugar seguro, longe do computador.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReferenceFile</name>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Não é possível ler %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is far too large.</source>
        <translation>%1 é grande demais.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>não é JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>it is in format %1, made for a newer version of Amparo.</source>
        <translation>está no formato %1, feito para uma versão mais nova do Amparo.</translation>
    </message>
    <message>
        <source>it has no valid &quot;format&quot; number.</source>
        <translation>não tem um número de &quot;format&quot; válido.</translation>
    </message>
</context>
<context>
    <name>ReferenceOverrides</name>
    <message>
        <source>%1 Amparo uses the data it ships with instead of %2.</source>
        <translation>%1 O Amparo usa os dados que traz consigo em vez de %2.</translation>
    </message>
</context>
<context>
    <name>ReferralAnswerDialog</name>
    <message>
        <source>What became of the referral to %1</source>
        <translation>O que aconteceu com o encaminhamento para %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Em</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why the organisation declined (required).</source>
        <translation>Por que a organização recusou (obrigatório).</translation>
    </message>
    <message>
        <source>Why the referral is withdrawn (required).</source>
        <translation>Por que o encaminhamento é retirado (obrigatório).</translation>
    </message>
    <message>
        <source>The provider&apos;s note on the service delivered.</source>
        <translation>A nota do prestador sobre o serviço prestado.</translation>
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
        <translation>Encaminhar — %1</translation>
    </message>
    <message>
        <source>A referral received — %1</source>
        <translation>Um encaminhamento recebido — %1</translation>
    </message>
    <message>
        <source>Persons referred</source>
        <translation>Pessoas encaminhadas</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <source>Services requested</source>
        <translation>Serviços solicitados</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Refer to</source>
        <translation>Encaminhar para</translation>
    </message>
    <message>
        <source>Referred to us by</source>
        <translation>Encaminhada a nós por</translation>
    </message>
    <message>
        <source>Services asked of us</source>
        <translation>Serviços pedidos a nós</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Data do encaminhamento</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Informações compartilhadas</translation>
    </message>
    <message>
        <source>Only what is ticked goes to the organisation. Without the name, the form carries the case number alone.</source>
        <translation>Só o que estiver marcado vai para a organização. Sem o nome, o formulário leva apenas o número do caso.</translation>
    </message>
    <message>
        <source>The family consented to referral on %1.</source>
        <translation>A família consentiu o encaminhamento em %1.</translation>
    </message>
    <message>
        <source>The family has not consented to referral. Record their consent in the case first; only if this referral cannot wait, say why below (kept in the audit trail with your name).</source>
        <translation>A família não consentiu o encaminhamento. Registre primeiro o consentimento no caso; só se este encaminhamento não puder esperar, diga por que abaixo (fica no registro de auditoria com o seu nome).</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Why it cannot wait</source>
        <translation>Por que não pode esperar</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Encaminhar</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>No partner organisation is in the directory yet: an administrator adds them under Administration → Partner organisations.</source>
        <translation>Ainda não há organizações parceiras no diretório: um administrador as adiciona em Administração → Organizações parceiras.</translation>
    </message>
    <message>
        <source>Offers: %1. Serves: %2. Contact: %3.</source>
        <translation>Oferece: %1. Atende: %2. Contato: %3.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>não informado</translation>
    </message>
</context>
<context>
    <name>ReferralDirection</name>
    <message>
        <source>Referred by us</source>
        <translation>Encaminhado por nós</translation>
    </message>
    <message>
        <source>Referred to us</source>
        <translation>Encaminhado a nós</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral form</source>
        <translation>Formulário de encaminhamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidade</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Where the person is</source>
        <translation>Onde a pessoa está</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necessidades específicas</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridade: %1</translation>
    </message>
    <message>
        <source>Date of the referral</source>
        <translation>Data do encaminhamento</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Encaminhado por</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Encaminhado para</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Código do caso</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Tamanho do domicílio</translation>
    </message>
    <message>
        <source>Person referred %1</source>
        <translation>Pessoa encaminhada %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informações</translation>
    </message>
    <message>
        <source>only the case code is shared</source>
        <translation>só o código do caso é compartilhado</translation>
    </message>
    <message>
        <source>Services requested</source>
        <translation>Serviços solicitados</translation>
    </message>
    <message>
        <source>Reasons for the referral</source>
        <translation>Motivos do encaminhamento</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>the case code only</source>
        <translation>só o código do caso</translation>
    </message>
    <message>
        <source>The person consented to the referral and to sharing the information listed here (%1); consent recorded on %2.</source>
        <translation>A pessoa consentiu o encaminhamento e o compartilhamento das informações aqui indicadas (%1); consentimento registrado em %2.</translation>
    </message>
    <message>
        <source>Referred without the person&apos;s recorded consent, on the decision of %1; the reason is kept by the referring organisation. Information shared: %2.</source>
        <translation>Encaminhado sem consentimento registrado da pessoa, por decisão de %1; a organização que encaminha guarda o motivo. Informações compartilhadas: %2.</translation>
    </message>
    <message>
        <source>This form holds only the information listed. Keep it confidential and share it with nobody outside the service that answers the referral.</source>
        <translation>Este formulário contém apenas as informações indicadas. Mantenha-o confidencial e não o compartilhe com ninguém fora do serviço que atende o encaminhamento.</translation>
    </message>
</context>
<context>
    <name>ReferralPackageContents</name>
    <message>
        <source>This is not a referral package Amparo can open: %1</source>
        <translation>Este não é um pacote de encaminhamento que o Amparo possa abrir: %1</translation>
    </message>
    <message>
        <source>it is far too large.</source>
        <translation>é grande demais.</translation>
    </message>
    <message>
        <source>its contents are not readable.</source>
        <translation>o seu conteúdo não pode ser lido.</translation>
    </message>
    <message>
        <source>it holds something other than a referral.</source>
        <translation>contém algo que não é um encaminhamento.</translation>
    </message>
    <message>
        <source>it was written by a version of Amparo this one does not read.</source>
        <translation>foi escrito por uma versão do Amparo que esta não lê.</translation>
    </message>
    <message>
        <source>a field has the wrong form.</source>
        <translation>um campo tem a forma errada.</translation>
    </message>
    <message>
        <source>its priority or date is missing.</source>
        <translation>falta a prioridade ou a data.</translation>
    </message>
    <message>
        <source>it asks for a service Amparo does not know.</source>
        <translation>pede um serviço que o Amparo não conhece.</translation>
    </message>
    <message>
        <source>it lists information Amparo does not know.</source>
        <translation>lista informações que o Amparo não conhece.</translation>
    </message>
    <message>
        <source>it does not say whether the person consented.</source>
        <translation>não diz se a pessoa consentiu.</translation>
    </message>
    <message>
        <source>it does not say when the person consented.</source>
        <translation>não diz quando a pessoa consentiu.</translation>
    </message>
    <message>
        <source>it refers nobody, or too many persons.</source>
        <translation>não encaminha ninguém, ou encaminha pessoas demais.</translation>
    </message>
    <message>
        <source>a person in it has the wrong form.</source>
        <translation>uma pessoa nele tem a forma errada.</translation>
    </message>
</context>
<context>
    <name>ReferralPackageService</name>
    <message>
        <source>A referral received from another organisation is not sent on.</source>
        <translation>Um encaminhamento recebido de outra organização não é reenviado.</translation>
    </message>
    <message>
        <source>%1 does not use Amparo (no site card in the directory): send it the referral form instead.</source>
        <translation>%1 não usa o Amparo (não há cartão de unidade no diretório): envie o formulário de encaminhamento em vez disso.</translation>
    </message>
    <message>
        <source>The referral package could not be written to %1: %2</source>
        <translation>Não foi possível gravar o pacote de encaminhamento em %1: %2</translation>
    </message>
    <message>
        <source>Referred person %1</source>
        <translation>Pessoa encaminhada %1</translation>
    </message>
    <message>
        <source>%1 (referral)</source>
        <translation>%1 (encaminhamento)</translation>
    </message>
    <message>
        <source>Referred by %1 (their case %2) on %3: %4</source>
        <translation>Encaminhada por %1 (caso deles %2) em %3: %4</translation>
    </message>
    <message>
        <source>The package from %1 lacks the services or the reasons of the referral, or %1 is no longer in the directory.</source>
        <translation>Faltam ao pacote de %1 os serviços ou os motivos do encaminhamento, ou %1 não está mais no diretório.</translation>
    </message>
    <message>
        <source>The package names the specific need “%1”, which this Amparo does not know.</source>
        <translation>O pacote nomeia a necessidade específica “%1”, que este Amparo não conhece.</translation>
    </message>
</context>
<context>
    <name>ReferralPriority</name>
    <message>
        <source>Emergency (within 24 hours)</source>
        <translation>Emergência (em até 24 horas)</translation>
    </message>
    <message>
        <source>Urgent (within 72 hours)</source>
        <translation>Urgente (em até 72 horas)</translation>
    </message>
    <message>
        <source>Normal (within 2 weeks)</source>
        <translation>Normal (em até 2 semanas)</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>save the referral</source>
        <translation>salvar o encaminhamento</translation>
    </message>
    <message>
        <source>The referral no longer exists.</source>
        <translation>O encaminhamento não existe mais.</translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>Choose who is referred.</source>
        <translation>Escolha quem é encaminhado.</translation>
    </message>
    <message>
        <source>A person referred is not a member of this case.</source>
        <translation>Uma pessoa encaminhada não é membro deste caso.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Escolha a organização.</translation>
    </message>
    <message>
        <source>%1 is no longer in the directory of partners.</source>
        <translation>%1 não está mais no diretório de parceiras.</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Escolha pelo menos um serviço.</translation>
    </message>
    <message>
        <source>“%1” is not a service of the referral form.</source>
        <translation>“%1” não é um serviço do formulário de encaminhamento.</translation>
    </message>
    <message>
        <source>“%1” is not a piece of information a referral carries.</source>
        <translation>“%1” não é uma informação que um encaminhamento leva.</translation>
    </message>
    <message>
        <source>Say why the person is referred.</source>
        <translation>Diga por que a pessoa é encaminhada.</translation>
    </message>
    <message>
        <source>The reasons can have at most %1 characters.</source>
        <translation>Os motivos podem ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the date of the referral.</source>
        <translation>Informe a data do encaminhamento.</translation>
    </message>
    <message>
        <source>The date of the referral is in the future.</source>
        <translation>A data do encaminhamento está no futuro.</translation>
    </message>
    <message>
        <source>The family has not consented to referral. Record their consent in the case first, or say why this referral cannot wait for it (kept in the audit trail).</source>
        <translation>A família não consentiu o encaminhamento. Registre primeiro o consentimento no caso, ou diga por que este encaminhamento não pode esperá-lo (fica no registro de auditoria).</translation>
    </message>
    <message>
        <source>The reason can have at most %1 characters.</source>
        <translation>O motivo pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Answer from %1 to the referral of %2</source>
        <translation>Resposta de %1 ao encaminhamento de %2</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>Um encaminhamento “%1” não pode passar a “%2”.</translation>
    </message>
    <message>
        <source>Say why the organisation declined.</source>
        <translation>Diga por que a organização recusou.</translation>
    </message>
    <message>
        <source>Say why the referral is withdrawn.</source>
        <translation>Diga por que o encaminhamento é retirado.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>A nota pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The date must be between the referral&apos;s and today.</source>
        <translation>A data deve estar entre a do encaminhamento e hoje.</translation>
    </message>
    <message>
        <source>A referral received from another organisation has no form to send.</source>
        <translation>Um encaminhamento recebido de outra organização não tem formulário a enviar.</translation>
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
        <translation>Saúde mental e apoio psicossocial</translation>
    </message>
    <message>
        <source>Relief items</source>
        <translation>Itens de ajuda humanitária</translation>
    </message>
    <message>
        <source>Child care</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Assistência em dinheiro</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Busca de familiares</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Services for women</source>
        <translation>Serviços para mulheres</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentação</translation>
    </message>
    <message>
        <source>Disability support</source>
        <translation>Apoio à pessoa com deficiência</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Assistência jurídica</translation>
    </message>
    <message>
        <source>Livelihoods and education</source>
        <translation>Meios de vida e educação</translation>
    </message>
    <message>
        <source>Physical safety</source>
        <translation>Segurança física</translation>
    </message>
</context>
<context>
    <name>ReferralState</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Service delivered</source>
        <translation>Serviço prestado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Encaminhar…</translation>
    </message>
    <message>
        <source>Record a referral received…</source>
        <translation>Registrar um encaminhamento recebido…</translation>
    </message>
    <message>
        <source>Record what became of it…</source>
        <translation>Registrar o que aconteceu…</translation>
    </message>
    <message>
        <source>Referral form (PDF)…</source>
        <translation>Formulário de encaminhamento (PDF)…</translation>
    </message>
    <message>
        <source>Sent · answer overdue since %1</source>
        <translation>Enviado · resposta atrasada desde %1</translation>
    </message>
    <message>
        <source>Sent · answer due by %1</source>
        <translation>Enviado · resposta esperada até %1</translation>
    </message>
    <message>
        <source>Made without consent: %1</source>
        <translation>Feito sem consentimento: %1</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Ainda não há encaminhamentos.</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>Escolha primeiro um encaminhamento.</translation>
    </message>
    <message>
        <source>Referral %1 to %2.pdf</source>
        <translation>Encaminhamento %1 para %2.pdf</translation>
    </message>
    <message>
        <source>Save the referral form as PDF</source>
        <translation>Salvar o formulário de encaminhamento como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation>Formulário de encaminhamento</translation>
    </message>
    <message>
        <source>The referral form was saved to %1. It holds personal data: send it to the organisation by a safe way and delete the copy when it has arrived.</source>
        <translation>O formulário de encaminhamento foi salvo em %1. Ele contém dados pessoais: envie-o à organização por um meio seguro e apague a cópia quando tiver chegado.</translation>
    </message>
    <message>
        <source>Referral package…</source>
        <translation>Pacote de encaminhamento…</translation>
    </message>
    <message>
        <source>For an organisation that uses Amparo: only it can open the package.</source>
        <translation>Para uma organização que usa o Amparo: só ela pode abrir o pacote.</translation>
    </message>
    <message>
        <source>Save the referral package</source>
        <translation>Salvar o pacote de encaminhamento</translation>
    </message>
    <message>
        <source>Referral %1 to %2.amparo-referral</source>
        <translation>Encaminhamento %1 para %2.amparo-referral</translation>
    </message>
    <message>
        <source>Amparo referral packages (*.amparo-referral)</source>
        <translation>Pacotes de encaminhamento do Amparo (*.amparo-referral)</translation>
    </message>
    <message>
        <source>Referral package</source>
        <translation>Pacote de encaminhamento</translation>
    </message>
    <message>
        <source>The referral package was saved to %1. Only %2 can open it; send it by any way, a lost copy reveals nothing.</source>
        <translation>O pacote de encaminhamento foi salvo em %1. Só %2 pode abri-lo; envie-o por qualquer meio, uma cópia perdida não revela nada.</translation>
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
        <translation>Cônjuge ou companheiro/a</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Filho/a</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Pai/mãe</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Irmão/irmã</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Avô/avó</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Neto/a</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Outro parente</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Sem parentesco</translation>
    </message>
</context>
<context>
    <name>RelativesPanel</name>
    <message>
        <source>Relatives registered in other cases</source>
        <translation>Familiares registrados em outros casos</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Is their</source>
        <translation>É seu/sua</translation>
    </message>
    <message>
        <source>Their case</source>
        <translation>Caso dele/dela</translation>
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
        <translation>Clique duas vezes para abrir o caso do familiar.</translation>
    </message>
    <message>
        <source>Link a relative…</source>
        <translation>Vincular um familiar…</translation>
    </message>
    <message>
        <source>Mark confirmed</source>
        <translation>Marcar como confirmado</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remover vínculo</translation>
    </message>
    <message>
        <source>Relatives this family is looking for</source>
        <translation>Familiares que esta família procura</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Procurado/a</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Last known in</source>
        <translation>Último local conhecido</translation>
    </message>
    <message>
        <source>Double-click to see the request and its possible matches.</source>
        <translation>Clique duas vezes para ver a solicitação e suas possíveis correspondências.</translation>
    </message>
    <message>
        <source>Add a sought relative…</source>
        <translation>Adicionar um familiar procurado…</translation>
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
        <translation>Remover o vínculo entre %1 e %2?</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>A month (2026-03) or a quarter (2026-Q1).</source>
        <translation>Um mês (2026-03) ou um trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todas as unidades</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Mês ou trimestre</translation>
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
        <translation>Escreva um mês como 2026-03 ou um trimestre como 2026-Q1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>What happened to people and what the state did: incidents by type, country, perpetrator and quarter, denials of asylum and services, the state&apos;s response, and what monitoring interviews tell.</source>
        <translation>O que aconteceu com as pessoas e o que o Estado fez: incidentes por tipo, país, responsável e trimestre, negativas de refúgio e de serviços, a resposta do Estado e o que contam as entrevistas de monitoramento.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>The standard tables for a month or a quarter. Counts below the threshold are hidden; no name, story or place finer than a department is ever in a report.</source>
        <translation>As tabelas padrão de um mês ou trimestre. As contagens abaixo do limite são ocultadas; nenhum nome, relato ou lugar mais fino que um estado aparece jamais em um relatório.</translation>
    </message>
    <message>
        <source>human-rights-%1.%2</source>
        <translation>direitos-humanos-%1.%2</translation>
    </message>
    <message>
        <source>statistics-%1.%2</source>
        <translation>estatisticas-%1.%2</translation>
    </message>
</context>
<context>
    <name>ReportFormatComboBox</name>
    <message>
        <source>PDF with charts</source>
        <translation>PDF com gráficos</translation>
    </message>
    <message>
        <source>XLSX workbook (a sheet per table)</source>
        <translation>Pasta de trabalho XLSX (uma planilha por tabela)</translation>
    </message>
    <message>
        <source>HXL CSV (the most detailed table)</source>
        <translation>CSV com HXL (a tabela mais detalhada)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>replace the database with a backup, after checking it (--from FILE; administrators)</source>
        <translation>substituir o banco de dados por uma cópia, depois de verificá-la (--from ARQUIVO; administradores)</translation>
    </message>
    <message>
        <source>The backup file. Its passphrase is asked for, or read from %1.</source>
        <translation>O arquivo de cópia. A frase-senha é pedida ou lida de %1.</translation>
    </message>
    <message>
        <source>restore needs --from FILE.</source>
        <translation>restore precisa de --from ARQUIVO.</translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation>Frase-senha da cópia: </translation>
    </message>
    <message>
        <source>No backup passphrase was given.</source>
        <translation>Nenhuma frase-senha da cópia foi informada.</translation>
    </message>
    <message>
        <source>Restored. The previous database was kept at %1</source>
        <translation>Restaurado. O banco de dados anterior foi guardado em %1</translation>
    </message>
    <message>
        <source>account %1 of this computer</source>
        <translation>a conta %1 deste computador</translation>
    </message>
    <message>
        <source>Restored into %1 (rows arrived: %2). Everyone can now connect to it.</source>
        <translation>Restaurado em %1 (linhas recebidas: %2). Agora todos podem se conectar a ele.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this database with the backup. The current database is not deleted: it is kept next to it, so you can go back. The backup is checked completely before anything is replaced.</source>
        <translation>Restaurar substitui tudo o que há neste banco de dados pela cópia. O banco de dados atual não é apagado: é guardado ao lado, para que você possa voltar. A cópia é verificada por completo antes de substituir qualquer coisa.</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Escolher a cópia</translation>
    </message>
    <message>
        <source>Amparo backups (*.amparobackup);;All files (*)</source>
        <translation>Cópias do Amparo (*.amparobackup);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Arquivo de cópia</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-senha da cópia</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Verificar a cópia</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Escolha o arquivo de cópia.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Conservação de casos encerrados</translation>
    </message>
    <message>
        <source>No retention period is set. Amparo does not choose one for you: decide how long your organisation keeps a closed case, and keep to it. Data kept longer than it is needed is a risk to the people in it.</source>
        <translation>Não há prazo de conservação definido. O Amparo não o escolhe por você: decida por quanto tempo sua organização guarda um caso encerrado, e cumpra. Dados guardados por mais tempo que o necessário são um risco para as pessoas neles.</translation>
    </message>
    <message>
        <source>(how many months?)</source>
        <translation>(quantos meses?)</translation>
    </message>
    <message>
        <source> months after it closes</source>
        <translation> meses após o encerramento</translation>
    </message>
    <message>
        <source>Set the period</source>
        <translation>Definir o prazo</translation>
    </message>
    <message>
        <source>A closed case is kept</source>
        <translation>Um caso encerrado é guardado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Encerrado em</translation>
    </message>
    <message>
        <source>Period ended on</source>
        <translation>Prazo encerrado em</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <source>Anonymize…</source>
        <translation>Anonimizar…</translation>
    </message>
    <message>
        <source>for example: the appeal is still pending</source>
        <translation>por exemplo: o recurso ainda está pendente</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservá-lo</translation>
    </message>
    <message>
        <source>Or keep it until</source>
        <translation>Ou conservá-lo até</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Porque</translation>
    </message>
    <message>
        <source>No closed case is past its period.</source>
        <translation>Nenhum caso encerrado passou do prazo.</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) past the period: erase, anonymize or keep each.</source>
        <translation>
            <numerusform>%n caso encerrado passou do prazo: apague, anonimize ou conserve-o.</numerusform>
            <numerusform>%n casos encerrados passaram do prazo: apague, anonimize ou conserve cada um.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase case %1 and its %n member(s) for good?</source>
        <translation>
            <numerusform>Apagar para sempre o caso %1 e seu %n membro?</numerusform>
            <numerusform>Apagar para sempre o caso %1 e seus %n membros?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymize case %1? Names, documents, contacts, notes and every other detail that describes someone go for good; what statistics count stays.</source>
        <translation>Anonimizar o caso %1? Nomes, documentos, contatos, notas e qualquer outro detalhe que descreva alguém somem para sempre; o que as estatísticas contam fica.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>read the retention period</source>
        <translation>ler o prazo de conservação</translation>
    </message>
    <message>
        <source>A retention period is from 1 to 1200 months.</source>
        <translation>Um prazo de conservação vai de 1 a 1200 meses.</translation>
    </message>
    <message>
        <source>set the retention period</source>
        <translation>definir o prazo de conservação</translation>
    </message>
    <message>
        <source>set how long a closed case is kept</source>
        <translation>definiu por quanto tempo um caso encerrado é guardado</translation>
    </message>
    <message>
        <source>read the cases past their retention period</source>
        <translation>ler os casos que passaram do prazo de conservação</translation>
    </message>
    <message>
        <source>That case is not past its retention period (it may have been reopened, renewed or decided by someone else meanwhile).</source>
        <translation>Esse caso não passou do prazo de conservação (talvez alguém o tenha reaberto, renovado ou decidido nesse meio-tempo).</translation>
    </message>
    <message>
        <source>Keep it until a day after today.</source>
        <translation>Conserve-o até um dia depois de hoje.</translation>
    </message>
    <message>
        <source>Say why the case is kept longer.</source>
        <translation>Diga por que o caso é guardado por mais tempo.</translation>
    </message>
    <message>
        <source>The case cannot be kept as asked.</source>
        <translation>O caso não pode ser conservado como pedido.</translation>
    </message>
    <message>
        <source>renew the retention of the case</source>
        <translation>renovar a conservação do caso</translation>
    </message>
    <message>
        <source>kept a closed case past its retention period</source>
        <translation>conservou um caso encerrado além do prazo</translation>
    </message>
    <message>
        <source>The audit trail does not verify (Administration → Audit trail → Verify says where), so nothing was anonymized.</source>
        <translation>A auditoria não confere (Administração → Auditoria → Verificar diz onde), então nada foi anonimizado.</translation>
    </message>
    <message>
        <source>anonymize the case</source>
        <translation>anonimizar o caso</translation>
    </message>
    <message>
        <source>anonymized a case past its retention period</source>
        <translation>anonimizou um caso que passou do prazo de conservação</translation>
    </message>
    <message>
        <source>read the case&apos;s members</source>
        <translation>ler os membros do caso</translation>
    </message>
    <message>
        <source>retention period of case %1 over</source>
        <translation>prazo de conservação do caso %1 encerrado</translation>
    </message>
</context>
<context>
    <name>ReunificationHitsModel</name>
    <message>
        <source>%1 (child)</source>
        <translation>%1 (criança)</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>sim (%1)</translation>
    </message>
    <message>
        <source>An unaccompanied or separated child: legal staff review any match before anyone is contacted.</source>
        <translation>Criança desacompanhada ou separada: a equipe jurídica revisa qualquer correspondência antes de contatar alguém.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Agora em</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Being sought</source>
        <translation>Procurado/a</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
</context>
<context>
    <name>ReunificationSearch</name>
    <message>
        <source>Type at least a name to look for.</source>
        <translation>Escreva pelo menos um nome para buscar.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>uns %1</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (nasceu em %2)</translation>
    </message>
</context>
<context>
    <name>ReunificationSearchView</name>
    <message>
        <source>the name of the person sought, as the family says it</source>
        <translation>o nome da pessoa procurada, como a família diz</translation>
    </message>
    <message>
        <source>12, or 2014</source>
        <translation>12, ou 2014</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>where they were last, if known</source>
        <translation>onde esteve por último, se souber</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Register a tracing request…</source>
        <translation>Registrar uma solicitação de busca…</translation>
    </message>
    <message>
        <source>Age or year of birth</source>
        <translation>Idade ou ano de nascimento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>Procura-se</translation>
    </message>
    <message>
        <source>Last known place</source>
        <translation>Último local conhecido</translation>
    </message>
    <message>
        <source>&lt;small&gt;Only persons whose case agreed to be contacted for family tracing are shown. Never confirm to anyone that a person is here before staff have checked: register a tracing request and give its reference.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Só são mostradas pessoas cujo caso aceitou ser contatado para a busca de familiares. Nunca confirme a ninguém que uma pessoa está aqui antes que a equipe verifique: registre uma solicitação de busca e entregue a referência.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Write an age (12) or a year of birth (2014).</source>
        <translation>Escreva uma idade (12) ou um ano de nascimento (2014).</translation>
    </message>
    <message>
        <source>Nobody registered matches. Register a tracing request: Amparo keeps looking as new persons are registered.</source>
        <translation>Ninguém registrado corresponde. Registre uma solicitação de busca: o Amparo continua procurando à medida que novas pessoas são registradas.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible person(s), the most alike first. Check the reasons before saying anything to the family.</source>
        <translation>
            <numerusform>%n possível pessoa, a mais parecida primeiro. Verifique os motivos antes de dizer qualquer coisa à família.</numerusform>
            <numerusform>%n possíveis pessoas, as mais parecidas primeiro. Verifique os motivos antes de dizer qualquer coisa à família.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewMatchDialog</name>
    <message>
        <source>Review a possible match · %1</source>
        <translation>Revisar uma possível correspondência · %1</translation>
    </message>
    <message>
        <source>Sought by %1, their %2</source>
        <translation>Procurado/a por %1, seu/sua %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Last known in</source>
        <translation>Último local conhecido</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separação</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado/a</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>Agora em</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likeness %1%.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Semelhança %1%.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>An unaccompanied or separated child: check the child&apos;s best interests before anyone is contacted.</source>
        <translation>Criança desacompanhada ou separada: verifique o seu melhor interesse antes de contatar alguém.</translation>
    </message>
    <message>
        <source>An unaccompanied or separated child: legal staff review this match before anyone is contacted. It stays pending for them.</source>
        <translation>Criança desacompanhada ou separada: a equipe jurídica revisa esta correspondência antes de contatar alguém. Ela fica pendente para eles.</translation>
    </message>
    <message>
        <source>how it was checked (a photo, a question only family knows…)</source>
        <translation>como foi verificado (uma foto, uma pergunta que só a família sabe…)</translation>
    </message>
    <message>
        <source>Confirm the match</source>
        <translation>Confirmar a correspondência</translation>
    </message>
    <message>
        <source>Not them</source>
        <translation>Não é a pessoa</translation>
    </message>
    <message>
        <source>Leave pending</source>
        <translation>Deixar pendente</translation>
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
        <translation>O catálogo de triagem de risco não pode ser usado: %1</translation>
    </message>
    <message>
        <source>it has no &quot;version&quot;.</source>
        <translation>não tem &quot;version&quot;.</translation>
    </message>
    <message>
        <source>a risk level is not 1, 2 or 3 with a label in English.</source>
        <translation>um nível de risco não é 1, 2 ou 3 com um rótulo em inglês.</translation>
    </message>
    <message>
        <source>it must name the three risk levels (low, medium, high).</source>
        <translation>deve nomear os três níveis de risco (baixo, médio, alto).</translation>
    </message>
    <message>
        <source>the specific-needs category “%1” has a bad or repeated code or no English label.</source>
        <translation>a categoria de necessidades específicas “%1” tem um código incorreto ou repetido ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>the specific-needs code “%1” is bad, repeated, outside its category or has no English label.</source>
        <translation>o código de necessidade específica “%1” é incorreto, repetido, fora da sua categoria ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>it has no specific-needs codes.</source>
        <translation>não tem códigos de necessidades específicas.</translation>
    </message>
    <message>
        <source>it has no risk categories.</source>
        <translation>não tem categorias de risco.</translation>
    </message>
    <message>
        <source>the category “%1” has a bad or repeated code or no English label.</source>
        <translation>a categoria “%1” tem um código incorreto ou repetido ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>the category “%1” has no indicators.</source>
        <translation>a categoria “%1” não tem indicadores.</translation>
    </message>
    <message>
        <source>the indicator “%1” has a bad or repeated code or no English label.</source>
        <translation>o indicador “%1” tem um código incorreto ou repetido ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>the indicator “%1” refers to the unknown specific-needs code “%2”.</source>
        <translation>o indicador “%1” se refere ao código de necessidade específica desconhecido “%2”.</translation>
    </message>
    <message>
        <source>the indicator “%1” is suggested by the unknown rule “%2”.</source>
        <translation>o indicador “%1” é sugerido pela regra desconhecida “%2”.</translation>
    </message>
    <message>
        <source>the action “%1” has a bad or repeated code or no English label.</source>
        <translation>a ação “%1” tem um código incorreto ou repetido ou não tem rótulo em inglês.</translation>
    </message>
    <message>
        <source>it has no recommended actions.</source>
        <translation>não tem ações recomendadas.</translation>
    </message>
    <message>
        <source>the description of risk level %1 has no English text.</source>
        <translation>a descrição do nível de risco %1 não tem texto em inglês.</translation>
    </message>
    <message>
        <source>the follow-up of risk level %1 must be due within a year, and flagged before it is due.</source>
        <translation>o acompanhamento do nível de risco %1 deve vencer em até um ano e ser sinalizado antes de vencer.</translation>
    </message>
    <message>
        <source>the replaced category “%1” has a bad or repeated code, no English label or no category that replaces it.</source>
        <translation>a categoria substituída “%1” tem um código inválido ou repetido, não tem rótulo em inglês ou nenhuma categoria a substitui.</translation>
    </message>
    <message>
        <source>the checklist item “%1” has a bad or repeated code or no English label.</source>
        <translation>o item da lista de verificação “%1” tem um código inválido ou repetido ou não tem rótulo em inglês.</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necessidades específicas</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Why not possible</source>
        <translation>Por que não é possível</translation>
    </message>
    <message>
        <source>Screen for risk…</source>
        <translation>Triagem de risco…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Save action status</source>
        <translation>Salvar situação das ações</translation>
    </message>
    <message>
        <source>Save the case to screen its members for heightened risk.</source>
        <translation>Salve o caso para fazer a triagem de risco elevado dos membros.</translation>
    </message>
    <message>
        <source>This case needs attention: speak to staff before any action.</source>
        <translation>Este caso requer atenção: fale com a equipe antes de qualquer ação.</translation>
    </message>
    <message>
        <source>No flag on this case.</source>
        <translation>Este caso não tem alertas.</translation>
    </message>
    <message>
        <source>not screened</source>
        <translation>sem triagem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Screened on %1 by %2</source>
        <translation>Triagem em %1 por %2</translation>
    </message>
    <message>
        <source>Nobody in this family group has been screened yet.</source>
        <translation>Ainda ninguém deste grupo familiar passou por triagem.</translation>
    </message>
    <message>
        <source>The newest screening of each member:</source>
        <translation>A triagem mais recente de cada membro:</translation>
    </message>
    <message>
        <source>High risk: %1</source>
        <translation>Risco alto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) updated.</source>
        <translation>
            <numerusform>%n ação atualizada.</numerusform>
            <numerusform>%n ações atualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Specific needs…</source>
        <translation>Necessidades específicas…</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Classificação geral</translation>
    </message>
    <message>
        <source>Referral area</source>
        <translation>Área de encaminhamento</translation>
    </message>
</context>
<context>
    <name>RiskSuggester</name>
    <message>
        <source>Aged %1 and no adult is registered in the family group.</source>
        <translation>Tem %1 anos e não há nenhum adulto registrado no grupo familiar.</translation>
    </message>
    <message>
        <source>Aged %1 and none of the adults registered with them is recorded as a parent.</source>
        <translation>Tem %1 anos e nenhum dos adultos registrados com ele ou ela consta como pai ou mãe.</translation>
    </message>
    <message>
        <source>Aged %1 and no younger adult is registered with them.</source>
        <translation>Tem %1 anos e não há nenhum adulto mais jovem registrado com essa pessoa.</translation>
    </message>
    <message>
        <source>Recorded as having no identity document.</source>
        <translation>Registrada como sem documento de identidade.</translation>
    </message>
    <message>
        <source>Born in %1, which is not a country of their nationality, and no birth certificate is recorded.</source>
        <translation>Nasceu em %1, que não é um país da sua nacionalidade, e não há certidão de nascimento registrada.</translation>
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
        <translation>Equipe jurídica</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntário/a</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador/a</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>New monitoring round</source>
        <translation>Nova rodada de monitoramento</translation>
    </message>
    <message>
        <source>Cúcuta, March 2026</source>
        <translation>Pacaraima, março 2026</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>RowConverter</name>
    <message>
        <source>The site %1 does not exist; choose one of the organisation&apos;s sites.</source>
        <translation>A unidade %1 não existe; escolha uma das unidades da organização.</translation>
    </message>
    <message>
        <source>“%1” is given the meaning “%2” for %3, which Amparo does not know.</source>
        <translation>A “%1” é dado o significado “%2” para %3, que o Amparo não conhece.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the file names only %2 columns; a value may hold the separator without quotation marks.</source>
        <translation>A linha tem %1 células, mas o arquivo nomeia só %2 colunas; talvez um valor contenha o separador sem aspas.</translation>
    </message>
    <message>
        <source>This is a spreadsheet formula, not a value. Replace it by its value in the spreadsheet.</source>
        <translation>Isto é uma fórmula de planilha, não um valor. Substitua-a pelo seu valor na planilha.</translation>
    </message>
    <message>
        <source>Amparo does not know what “%1” means here; say what it means under Values (or in the mapping).</source>
        <translation>O Amparo não sabe o que “%1” significa aqui; indique o significado em Valores (ou no mapeamento).</translation>
    </message>
    <message>
        <source>The date of registration is in the future.</source>
        <translation>A data de registro está no futuro.</translation>
    </message>
    <message>
        <source>“%1” is not an age in years from 0 to 120.</source>
        <translation>“%1” não é uma idade em anos de 0 a 120.</translation>
    </message>
    <message>
        <source>Which country issued this document? Map a column with the issuing country or the nationality.</source>
        <translation>Que país emitiu este documento? Associe uma coluna com o país emissor ou a nacionalidade.</translation>
    </message>
    <message>
        <source>The row names no site and no site was chosen for such rows.</source>
        <translation>A linha não indica unidade e nenhuma unidade foi escolhida para essas linhas.</translation>
    </message>
    <message>
        <source>“%1” is not a department, state or province of %2.</source>
        <translation>“%1” não é um departamento, estado ou província de %2.</translation>
    </message>
    <message>
        <source>Yes, agrees to be contacted</source>
        <translation>Sim, aceita ser contatada/o</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Write the whole date the document expires: day, month and year.</source>
        <translation>Escreva a data completa de vencimento do documento: dia, mês e ano.</translation>
    </message>
    <message>
        <source>The row gives when a document expires but not the document&apos;s number.</source>
        <translation>A linha diz quando um documento vence, mas não o número do documento.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Uma nota pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name holds characters names do not have (%1): check that it is one name, not two cells run together.</source>
        <translation>O nome contém caracteres que nomes não têm (%1): verifique se é um só nome e não duas células juntas.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade step %1 is missing from this installation of Amparo.</source>
        <translation>Falta a etapa de atualização %1 nesta instalação do Amparo.</translation>
    </message>
    <message>
        <source>upgrade the database to schema %1</source>
        <translation>atualizar o banco de dados para o esquema %1</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Heightened-risk screening — %1</source>
        <translation>Triagem de risco elevado — %1</translation>
    </message>
    <message>
        <source>Date of the screening</source>
        <translation>Data da triagem</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Avaliador/a</translation>
    </message>
    <message>
        <source>Screen these members:</source>
        <translation>Fazer a triagem destes membros:</translation>
    </message>
    <message>
        <source>Some answers need attention: see the marked places.</source>
        <translation>Algumas respostas precisam de atenção: veja os lugares marcados.</translation>
    </message>
    <message>
        <source>Members screened</source>
        <translation>Membros avaliados</translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <source>Observations</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Suggested from what is recorded — confirm or dismiss each</source>
        <translation>Sugerido a partir do que está registrado — confirme ou descarte cada uma</translation>
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
        <translation>Código de necessidade específica %1</translation>
    </message>
    <message>
        <source>— not at risk —</source>
        <translation>— sem risco —</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Why not possible</source>
        <translation>Por que não é possível</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Nível de risco: %1</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Antes da entrevista</translation>
    </message>
    <message>
        <source>Added by Amparo: not a point of the HRIT itself.</source>
        <translation>Acrescentado pelo Amparo: não é um item da própria HRIT.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added by Amparo&lt;/b&gt; — not categories of the HRIT itself: risks its categories do not name on their own.</source>
        <translation>&lt;b&gt;Acrescentadas pelo Amparo&lt;/b&gt; — não são categorias da própria HRIT: riscos que as suas categorias não nomeiam por si só.</translation>
    </message>
    <message>
        <source>Referral areas by priority (the first is the most pressing)</source>
        <translation>Áreas de encaminhamento por prioridade (a primeira é a mais urgente)</translation>
    </message>
    <message>
        <source>Referral area</source>
        <translation>Área de encaminhamento</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Adicionar área</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Remover área</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Overall rating</source>
        <translation>Classificação geral</translation>
    </message>
    <message>
        <source>— not at heightened risk —</source>
        <translation>— sem risco elevado —</translation>
    </message>
    <message>
        <source>By category: none rated.</source>
        <translation>Por categoria: nenhuma classificada.</translation>
    </message>
    <message>
        <source>By category — %1</source>
        <translation>Por categoria — %1</translation>
    </message>
    <message numerus="yes">
        <source>A follow-up will be due %n day(s) after the screening, flagged from day %1.</source>
        <translation>
            <numerusform>Haverá um acompanhamento %n dia após a avaliação, sinalizado a partir do dia %1.</numerusform>
            <numerusform>Haverá um acompanhamento %n dias após a avaliação, sinalizado a partir do dia %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A follow-up will be due %n day(s) after the screening.</source>
        <translation>
            <numerusform>Haverá um acompanhamento %n dia após a avaliação.</numerusform>
            <numerusform>Haverá um acompanhamento %n dias após a avaliação.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningHistoryDialog</name>
    <message>
        <source>Screening history — %1</source>
        <translation>Histórico de triagens — %1</translation>
    </message>
    <message>
        <source>Not screened.</source>
        <translation>Sem triagem.</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sem nível</translation>
    </message>
    <message>
        <source>Suggestion confirmed: %1</source>
        <translation>Sugestão confirmada: %1</translation>
    </message>
    <message>
        <source>Suggestion dismissed: %1</source>
        <translation>Sugestão descartada: %1</translation>
    </message>
    <message>
        <source>overall rating: %1</source>
        <translation>classificação geral: %1</translation>
    </message>
    <message>
        <source>not at heightened risk</source>
        <translation>sem risco elevado</translation>
    </message>
    <message>
        <source>%1: %2 (a category of an earlier catalogue)</source>
        <translation>%1: %2 (uma categoria de um catálogo anterior)</translation>
    </message>
</context>
<context>
    <name>ScreeningRepository</name>
    <message>
        <source>save the screening</source>
        <translation>salvar a triagem</translation>
    </message>
    <message>
        <source>save the action</source>
        <translation>salvar a ação</translation>
    </message>
</context>
<context>
    <name>ScreeningService</name>
    <message>
        <source>The person screened is not a member of this case.</source>
        <translation>A pessoa avaliada não é membro deste caso.</translation>
    </message>
    <message>
        <source>Enter the date of the screening.</source>
        <translation>Informe a data da triagem.</translation>
    </message>
    <message>
        <source>The screening date is in the future.</source>
        <translation>A data da triagem está no futuro.</translation>
    </message>
    <message>
        <source>The screening date is long before the case was registered.</source>
        <translation>A data da triagem é muito anterior ao registro do caso.</translation>
    </message>
    <message>
        <source>The indicator “%1” is not in the catalogue.</source>
        <translation>O indicador “%1” não está no catálogo.</translation>
    </message>
    <message>
        <source>The category “%1” is not in the catalogue.</source>
        <translation>A categoria “%1” não está no catálogo.</translation>
    </message>
    <message>
        <source>Set the risk level for “%1”: indicators are marked in it.</source>
        <translation>Defina o nível de risco de “%1”: há indicadores marcados.</translation>
    </message>
    <message>
        <source>Confirm or dismiss the suggestion “%1”.</source>
        <translation>Confirme ou descarte a sugestão “%1”.</translation>
    </message>
    <message>
        <source>“%1” was confirmed but is not marked.</source>
        <translation>“%1” foi confirmada mas não está marcada.</translation>
    </message>
    <message>
        <source>“%1” was dismissed but is marked.</source>
        <translation>“%1” foi descartada mas está marcada.</translation>
    </message>
    <message>
        <source>Choose an action from the list.</source>
        <translation>Escolha uma ação da lista.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Uma nota pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Say why the action is not possible.</source>
        <translation>Informe por que a ação não é possível.</translation>
    </message>
    <message>
        <source>The observations can have at most %1 characters.</source>
        <translation>As observações podem ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one person to screen.</source>
        <translation>Escolha pelo menos uma pessoa para a triagem.</translation>
    </message>
    <message>
        <source>A person is screened twice at once.</source>
        <translation>Uma pessoa aparece duas vezes na mesma triagem.</translation>
    </message>
    <message>
        <source>screening of %1</source>
        <translation>triagem de %1</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>A ação não existe mais.</translation>
    </message>
    <message>
        <source>Give the overall rating: categories are rated.</source>
        <translation>Indique a classificação geral: há categorias classificadas.</translation>
    </message>
    <message>
        <source>Choose the overall rating from the list.</source>
        <translation>Escolha a classificação geral na lista.</translation>
    </message>
    <message>
        <source>The checklist point “%1” is not in the catalogue.</source>
        <translation>O item da lista de verificação “%1” não está no catálogo.</translation>
    </message>
</context>
<context>
    <name>ServerAccounts</name>
    <message>
        <source>change the server account</source>
        <translation>alterar a conta do servidor</translation>
    </message>
    <message>
        <source>The user name %1 is too long for an account on this server: choose a shorter one.</source>
        <translation>O nome de usuário %1 é longo demais para uma conta neste servidor: escolha um mais curto.</translation>
    </message>
    <message>
        <source>The server password could not be prepared.</source>
        <translation>Não foi possível preparar a senha do servidor.</translation>
    </message>
</context>
<context>
    <name>ServerMailbox</name>
    <message>
        <source>“%1” is not a server location. Write it as the office gave it, for example postgresql://office-server/amparo.</source>
        <translation>“%1” não é um endereço de servidor. Escreva-o como o escritório o forneceu, por exemplo postgresql://office-server/amparo.</translation>
    </message>
    <message>
        <source>Leave the account out of the office&apos;s server location: the post signs in with its own mailbox account.</source>
        <translation>Não inclua a conta no endereço do servidor do escritório: o posto entra com sua própria conta de caixa postal.</translation>
    </message>
    <message>
        <source>The office&apos;s server (%1) does not know this post&apos;s mailbox yet, or no longer. Ask the office&apos;s administrator to register this post&apos;s card and to exchange packages once; until then, send packages as files.</source>
        <translation>O servidor do escritório (%1) ainda não conhece a caixa postal deste posto, ou não a conhece mais. Peça ao administrador do escritório que registre o cartão deste posto e troque pacotes uma vez; até lá, envie os pacotes como arquivos.</translation>
    </message>
    <message>
        <source>The office&apos;s server (%1) turns this computer away. Ask whoever set up the server to let the post&apos;s connections in; until then, send packages as files.</source>
        <translation>O servidor do escritório (%1) recusa este computador. Peça a quem configurou o servidor que admita as conexões do posto; até lá, envie os pacotes como arquivos.</translation>
    </message>
    <message>
        <source>The office&apos;s server (%1) cannot be reached now: %2 Nothing was changed. Try again when the connection is back, or send a package as a file.</source>
        <translation>Não é possível alcançar agora o servidor do escritório (%1): %2 Nada foi alterado. Tente de novo quando a conexão voltar, ou envie um pacote como arquivo.</translation>
    </message>
    <message>
        <source>exchange packages with the office&apos;s server (%1)</source>
        <translation>trocar pacotes com o servidor do escritório (%1)</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database name %1 is too long for Amparo&apos;s roles on the server: use a name of at most 49 letters.</source>
        <translation>O nome do banco de dados %1 é longo demais para os papéis do Amparo no servidor: use um nome de no máximo 49 letras.</translation>
    </message>
    <message>
        <source>set up Amparo&apos;s roles on the server</source>
        <translation>preparar os papéis do Amparo no servidor</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Mulher</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homem</translation>
    </message>
    <message>
        <source>Other / intersex</source>
        <translation>Outro / intersexo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>SharedItem</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Documentos de identidade</translation>
    </message>
    <message>
        <source>Where the person is</source>
        <translation>Onde a pessoa está</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Tamanho do domicílio</translation>
    </message>
    <message>
        <source>Specific needs</source>
        <translation>Necessidades específicas</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show one case with its family group, consent and notes</source>
        <translation>mostrar um caso com seu grupo familiar, consentimento e notas</translation>
    </message>
    <message>
        <source>The case number, e.g. CUC-2026-00042.</source>
        <translation>O número do caso, p. ex. CUC-2026-00042.</translation>
    </message>
    <message>
        <source>show needs one case number.</source>
        <translation>show precisa de um número de caso.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format deve ser text ou json.</translation>
    </message>
    <message>
        <source>This case needs attention: speak to staff before any action.</source>
        <translation>Este caso requer atenção: fale com a equipe antes de qualquer ação.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Amparo</source>
        <translation>Entrar no Amparo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Amparo&lt;/b&gt;&lt;br&gt;Database: %1</source>
        <translation>&lt;b&gt;Amparo&lt;/b&gt;&lt;br&gt;Banco de dados: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key…</source>
        <translation>Usar a chave de &amp;recuperação…</translation>
    </message>
</context>
<context>
    <name>SiteAuditTrail</name>
    <message>
        <source>keep the audit trail of %1</source>
        <translation>guardar o registro de auditoria de %1</translation>
    </message>
    <message>
        <source>The audit trail in the package from %1 does not continue the one received before (%2), so nothing of the package was applied.</source>
        <translation>O registro de auditoria do pacote de %1 não continua o recebido antes (%2), então nada do pacote foi aplicado.</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>a entrada %1 foi alterada depois de escrita</translation>
    </message>
    <message>
        <source>entry %1 differs from the one received before</source>
        <translation>a entrada %1 difere da recebida antes</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2</source>
        <translation>a entrada %1 não segue a entrada %2</translation>
    </message>
    <message>
        <source>read the audit trail of %1</source>
        <translation>ler o registro de auditoria de %1</translation>
    </message>
    <message>
        <source>read the posts&apos; audit trails</source>
        <translation>ler os registros de auditoria dos postos</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <source>This file is not an Amparo site card, or it was changed.</source>
        <translation>Este arquivo não é um cartão de sede do Amparo, ou foi alterado.</translation>
    </message>
    <message>
        <source>The site card %1 could not be read: %2</source>
        <translation>Não foi possível ler o cartão de sede %1: %2</translation>
    </message>
    <message>
        <source>The site card could not be written to %1: %2</source>
        <translation>Não foi possível gravar o cartão de sede em %1: %2</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Adicionar um local</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>A site is a place where your organisation registers cases: a border post, a shelter, a legal clinic. Its code starts every case number registered there, for example CUC-2026-00001.</source>
        <translation>Um local é onde sua organização registra casos: um posto de fronteira, um abrigo, uma clínica jurídica. O código dele inicia cada número de caso registrado ali, por exemplo CUC-2026-00001.</translation>
    </message>
    <message>
        <source>e.g. CUC</source>
        <translation>p. ex. CUC</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department / state</source>
        <translation>Estado / departamento</translation>
    </message>
</context>
<context>
    <name>SiteOptions</name>
    <message>
        <source>Site code, 2 to 8 letters or digits (e.g. CUC).</source>
        <translation>Código do local, de 2 a 8 letras ou dígitos (p. ex. CUC).</translation>
    </message>
    <message>
        <source>Site name.</source>
        <translation>Nome do local.</translation>
    </message>
    <message>
        <source>Country of the site (ISO code or name).</source>
        <translation>País do local (código ISO ou nome).</translation>
    </message>
    <message>
        <source>First-level division (ISO 3166-2 code, e.g. CO-NSA).</source>
        <translation>Estado, departamento ou província (código ISO 3166-2, p. ex. CO-NSA).</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Your organisation&apos;s first site</source>
        <translation>O primeiro local da sua organização</translation>
    </message>
    <message>
        <source>Step 2 of 3</source>
        <translation>Passo 2 de 3</translation>
    </message>
    <message>
        <source>Create site</source>
        <translation>Criar local</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>save the site</source>
        <translation>salvar o local</translation>
    </message>
</context>
<context>
    <name>SiteService</name>
    <message>
        <source>The site code is 2 to 8 capital letters or digits, for example CUC.</source>
        <translation>O código do local tem de 2 a 8 letras maiúsculas ou dígitos, por exemplo CUC.</translation>
    </message>
    <message>
        <source>Enter the name of the site.</source>
        <translation>Informe o nome do local.</translation>
    </message>
    <message>
        <source>The name can have at most 100 characters.</source>
        <translation>O nome pode ter no máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Choose the country of the site.</source>
        <translation>Escolha o país do local.</translation>
    </message>
    <message>
        <source>Choose a department, state or province of the chosen country.</source>
        <translation>Escolha um estado, departamento ou província do país escolhido.</translation>
    </message>
    <message>
        <source>There is already a site with the code %1.</source>
        <translation>Já existe um local com o código %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Entre primeiro.</translation>
    </message>
</context>
<context>
    <name>SpecificNeedRepository</name>
    <message>
        <source>save the specific need</source>
        <translation>salvar a necessidade específica</translation>
    </message>
    <message>
        <source>remove the specific need</source>
        <translation>remover a necessidade específica</translation>
    </message>
</context>
<context>
    <name>SpecificNeedService</name>
    <message>
        <source>“%1” is not a specific-needs code.</source>
        <translation>“%1” não é um código de necessidade específica.</translation>
    </message>
    <message>
        <source>The person is not a member of this case.</source>
        <translation>A pessoa não é membro deste caso.</translation>
    </message>
    <message>
        <source>%1 already has the code %2.</source>
        <translation>%1 já tem o código %2.</translation>
    </message>
</context>
<context>
    <name>SpecificNeedsDialog</name>
    <message>
        <source>Specific needs — %1</source>
        <translation>Necessidades específicas — %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove the selected code</source>
        <translation>Remover o código selecionado</translation>
    </message>
    <message>
        <source>added on %1 by %2</source>
        <translation>adicionado em %1 por %2</translation>
    </message>
    <message>
        <source>removed on %1 by %2</source>
        <translation>removido em %1 por %2</translation>
    </message>
    <message>
        <source>Code %1 added.</source>
        <translation>Código %1 adicionado.</translation>
    </message>
    <message>
        <source>Choose a code in the list first.</source>
        <translation>Primeiro escolha um código da lista.</translation>
    </message>
    <message>
        <source>That code was already removed.</source>
        <translation>Esse código já foi removido.</translation>
    </message>
    <message>
        <source>Code %1 removed.</source>
        <translation>Código %1 removido.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Specific need</source>
        <translation>Necessidade específica</translation>
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
        <translation>Escreva o período como um mês (2026-03) ou um trimestre (2026-Q1).</translation>
    </message>
    <message>
        <source>sites: %1</source>
        <translation>unidades: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>organisations: %1</source>
        <translation>organizações: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsFileWriter</name>
    <message>
        <source>The report is written as a PDF; a %1 file holds one table of counts.</source>
        <translation>O relatório é gravado em PDF; um arquivo %1 contém uma única tabela de contagens.</translation>
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
        <translation>Unidades: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Made on %1 with Amparo</source>
        <translation>Feito em %1 com o Amparo</translation>
    </message>
    <message>
        <source>Counts below %1 are hidden and shown as “—” so that nobody can be singled out.</source>
        <translation>As contagens menores que %1 são ocultadas e exibidas como “—” para que ninguém possa ser identificado.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Nada registrado neste período.</translation>
    </message>
    <message>
        <source>How the people counted are protected</source>
        <translation>Como as pessoas contadas são protegidas</translation>
    </message>
    <message>
        <source>Nothing could be shown safely.</source>
        <translation>Nada pôde ser exibido com segurança.</translation>
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
        <translation>Pessoas registradas por mês</translation>
    </message>
    <message>
        <source>Persons registered by sex and age</source>
        <translation>Pessoas registradas por sexo e idade</translation>
    </message>
    <message>
        <source>Persons registered by nationality</source>
        <translation>Pessoas registradas por nacionalidade</translation>
    </message>
    <message>
        <source>Risk screenings by category</source>
        <translation>Avaliações de risco por categoria</translation>
    </message>
    <message>
        <source>Legal procedures by outcome</source>
        <translation>Procedimentos legais por resultado</translation>
    </message>
    <message>
        <source>Recognitions and permits granted</source>
        <translation>Reconhecimentos e autorizações concedidos</translation>
    </message>
    <message>
        <source>Open deadlines</source>
        <translation>Prazos pendentes</translation>
    </message>
    <message>
        <source>Tracing requests by status</source>
        <translation>Solicitações de busca por situação</translation>
    </message>
    <message>
        <source>Families reunited per month</source>
        <translation>Famílias reunidas por mês</translation>
    </message>
    <message>
        <source>All records up to today</source>
        <translation>Todos os registros até hoje</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>o início</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Shown for children (0–17) and adults (18+): five age groups would single people out.</source>
        <translation>Mostrado para crianças e adolescentes (0–17) e adultos (18+): cinco faixas etárias permitiriam identificar pessoas.</translation>
    </message>
    <message>
        <source>Values with too few records to count apart are counted together as “Other”.</source>
        <translation>Os valores com poucos registros para serem contados à parte são contados juntos como “Outros”.</translation>
    </message>
    <message>
        <source>Every count here is below %1 and hidden, so there is nothing to draw.</source>
        <translation>Todas as contagens aqui são menores que %1 e estão ocultas: não há nada para desenhar.</translation>
    </message>
    <message>
        <source>Shown for children (0–17) and adults (18+) only: any finer breakdown would single people out.</source>
        <translation>Mostrado apenas para crianças e adolescentes (0–17) e adultos (18+): qualquer detalhamento maior permitiria identificar pessoas.</translation>
    </message>
    <message>
        <source>Screenings by overall risk rating</source>
        <translation>Avaliações por classificação geral do risco</translation>
    </message>
    <message>
        <source>Referrals by service</source>
        <translation>Encaminhamentos por serviço</translation>
    </message>
    <message>
        <source>Referrals by priority and where they stand</source>
        <translation>Encaminhamentos por prioridade e situação</translation>
    </message>
    <message>
        <source>Referrals by time to answer</source>
        <translation>Encaminhamentos por tempo de resposta</translation>
    </message>
    <message>
        <source>Incidents by what happened</source>
        <translation>Incidentes pelo que aconteceu</translation>
    </message>
    <message>
        <source>Incidents by who did it</source>
        <translation>Incidentes por quem fez</translation>
    </message>
    <message>
        <source>Incidents by country and quarter</source>
        <translation>Incidentes por país e trimestre</translation>
    </message>
    <message>
        <source>Incidents by what happened, country, who did it and quarter</source>
        <translation>Incidentes pelo que aconteceu, país, quem fez e trimestre</translation>
    </message>
    <message>
        <source>To whom: incidents by sex and age</source>
        <translation>Com quem: incidentes por sexo e idade</translation>
    </message>
    <message>
        <source>Where: incidents by kind of place</source>
        <translation>Onde: incidentes por tipo de lugar</translation>
    </message>
    <message>
        <source>Denials of asylum and of services</source>
        <translation>Negativas de refúgio e de serviços</translation>
    </message>
    <message>
        <source>Reported to an institution</source>
        <translation>Denunciados a uma instituição</translation>
    </message>
    <message>
        <source>What the state did</source>
        <translation>O que o Estado fez</translation>
    </message>
    <message>
        <source>Monitoring interviews by legal status</source>
        <translation>Entrevistas de monitoramento por situação migratória</translation>
    </message>
    <message>
        <source>Monitoring interviews by intentions</source>
        <translation>Entrevistas de monitoramento por intenções</translation>
    </message>
    <message>
        <source>Risks upon return named in monitoring interviews</source>
        <translation>Riscos em caso de retorno citados nas entrevistas</translation>
    </message>
    <message>
        <source>Needs named in monitoring interviews</source>
        <translation>Necessidades citadas nas entrevistas</translation>
    </message>
    <message>
        <source>Human rights documentation report</source>
        <translation>Relatório de documentação de direitos humanos</translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation>Relatório estatístico</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>Could not %1. %2</source>
        <translation>Não foi possível %1. %2</translation>
    </message>
    <message>
        <source>Another Amparo window or program is writing to the database. Wait a moment and try again.</source>
        <translation>Outra janela do Amparo ou outro programa está gravando no banco de dados. Aguarde um momento e tente de novo.</translation>
    </message>
    <message>
        <source>The database file is read-only. Check that the disk is not write-protected and that you may write to the file.</source>
        <translation>O arquivo do banco de dados é somente leitura. Verifique se o disco não está protegido contra gravação e se você pode gravar no arquivo.</translation>
    </message>
    <message>
        <source>The database file could not be read or written. Check that the disk or USB stick holding it is still connected.</source>
        <translation>Não foi possível ler nem gravar o arquivo do banco de dados. Verifique se o disco ou pendrive que o contém continua conectado.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>O arquivo do banco de dados está danificado. Restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>O disco está cheio. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The change conflicts with a record already stored (%1).</source>
        <translation>A alteração entra em conflito com um registro já salvo (%1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost, so nothing was saved half-way. Check the network; once the server can be reached again, try again.</source>
        <translation>A conexão com o servidor foi perdida, então nada foi salvo pela metade. Verifique a rede; quando o servidor puder ser alcançado de novo, tente novamente.</translation>
    </message>
    <message>
        <source>Someone else was saving the same records at the same moment. Try again.</source>
        <translation>Outra pessoa estava salvando os mesmos registros no mesmo momento. Tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Tell whoever looks after the server; nothing was saved.</source>
        <translation>O disco do servidor está cheio. Avise quem cuida do servidor; nada foi salvo.</translation>
    </message>
    <message>
        <source>The server does not let your account do this. Ask the administrator to check your account&apos;s role on the server.</source>
        <translation>O servidor não permite isso à sua conta. Peça ao administrador que verifique a função da sua conta no servidor.</translation>
    </message>
    <message>
        <source>A page of the encrypted database fails its check: it was changed or damaged, it belongs to another database, or the database was locked meanwhile. Nothing from it was shown. If this happens again after signing in, restore it from a backup.</source>
        <translation>Uma página do banco de dados criptografado não passa na verificação: foi alterada ou danificada, pertence a outro banco de dados, ou o banco de dados foi bloqueado nesse meio-tempo. Nada dela foi mostrado. Se acontecer de novo depois de entrar, restaure-o a partir de um backup.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>become-site: this database&apos;s site code (CUC, PASTO-2…).</source>
        <translation>become-site: o código de sede deste banco de dados (CUC, PASTO-2…).</translation>
    </message>
    <message>
        <source>become-site: office or post.</source>
        <translation>become-site: office (escritório) ou post (posto de campo).</translation>
    </message>
    <message>
        <source>become-site, card: write this site&apos;s card to FILE; send: write the package to FILE.</source>
        <translation>become-site, card: gravar o cartão desta sede em ARQUIVO; send: gravar o pacote em ARQUIVO.</translation>
    </message>
    <message>
        <source>send: the registered site the package is for.</source>
        <translation>send: a sede registrada à qual o pacote se destina.</translation>
    </message>
    <message>
        <source>sync needs an action: %1.</source>
        <translation>sync precisa de uma ação: %1.</translation>
    </message>
    <message>
        <source>become-site needs --site CODE and --as office or post.</source>
        <translation>become-site precisa de --site CÓDIGO e --as office ou post.</translation>
    </message>
    <message>
        <source>add-site needs the other site&apos;s card file.</source>
        <translation>add-site precisa do arquivo do cartão da outra sede.</translation>
    </message>
    <message>
        <source>receive needs the package file.</source>
        <translation>receive precisa do arquivo do pacote.</translation>
    </message>
    <message>
        <source>send needs --to CODE and --out FILE.</source>
        <translation>send precisa de --to CÓDIGO e --out ARQUIVO.</translation>
    </message>
    <message>
        <source>The card of site %1 was written to %2. Give it to the other side&apos;s administrator.</source>
        <translation>O cartão da sede %1 foi gravado em %2. Entregue-o ao administrador da outra parte.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it to the other side&apos;s administrator, who must see the same when registering this card)</source>
        <translation>Impressão digital: %1 (leia-a para o administrador da outra parte, que deve ver a mesma ao registrar este cartão)</translation>
    </message>
    <message>
        <source>This database is not a site yet: use sync become-site --site CODE --as office|post.</source>
        <translation>Este banco de dados ainda não é uma sede: use sync become-site --site CÓDIGO --as office|post.</translation>
    </message>
    <message>
        <source>Registered %1 (%2). Fingerprint: %3 — it must be the one its administrator read to you; if not, tell them at once.</source>
        <translation>%1 registrada (%2). Impressão digital: %3 — deve ser a que o administrador dela leu para você; se não for, avise-o imediatamente.</translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 written to %3: %n record(s), %4 removal(s). It opens only with %2&apos;s keys.</source>
        <translation>
            <numerusform>Pacote %1 para %2 gravado em %3: %n registro, %4 remoção(ões). Só abre com as chaves de %2.</numerusform>
            <numerusform>Pacote %1 para %2 gravado em %3: %n registros, %4 remoção(ões). Só abre com as chaves de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs the number the review list shows.</source>
        <translation>%1 precisa do número que a lista de revisão mostra.</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nada aguarda revisão.</translation>
    </message>
    <message>
        <source>%1 removed it.</source>
        <translation>%1 o removeu.</translation>
    </message>
    <message>
        <source>This database&apos;s version stays; it reaches the other site with the next package.</source>
        <translation>Fica a versão deste banco de dados; ela chega à outra sede com o pacote seguinte.</translation>
    </message>
    <message>
        <source>The other site&apos;s version was applied.</source>
        <translation>A versão da outra sede foi aplicada.</translation>
    </message>
    <message>
        <source>field posts and their office: site cards, registered sites, sending and receiving packages as files or through the office&apos;s server (administrators); the review list (legal staff too)</source>
        <translation>postos de campo e seu escritório: cartões de sede, sedes registradas, envio e recebimento de pacotes como arquivos ou pelo servidor do escritório (administradores); a lista de revisão (também a equipe jurídica)</translation>
    </message>
    <message>
        <source>become-site, card, add-site, sites, send, receive, office-server, exchange, reviews, keep or take.</source>
        <translation>become-site, card, add-site, sites, send, receive, office-server, exchange, reviews, keep ou take.</translation>
    </message>
    <message>
        <source>add-site: the other site&apos;s card; receive: the package; office-server: the office&apos;s server location (none: files only); keep, take: the number reviews shows.</source>
        <translation>add-site: o cartão da outra sede; receive: o pacote; office-server: o endereço do servidor do escritório (none: só arquivos); keep, take: o número que reviews mostra.</translation>
    </message>
    <message>
        <source>No office server: packages travel as files.</source>
        <translation>Sem servidor do escritório: os pacotes viajam como arquivos.</translation>
    </message>
    <message>
        <source>The office&apos;s server: %1</source>
        <translation>O servidor do escritório: %1</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>Package %1 from %2 was applied: %3 record(s) added, %4 changed, %5 removed.</source>
        <translation>O pacote %1 de %2 foi aplicado: %3 registro(s) adicionado(s), %4 alterado(s), %5 removido(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) had been changed here too: they were not overwritten, and wait in Administration → Review list for someone to choose the version that stays.</source>
        <translation>
            <numerusform>%n registro também tinha sido alterado aqui: não foi sobrescrito, e aguarda em Administração → Lista de revisão que alguém escolha a versão que fica.</numerusform>
            <numerusform>%n registros também tinham sido alterados aqui: não foram sobrescritos, e aguardam em Administração → Lista de revisão que alguém escolha a versão que fica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Package %1 for %2 was left on the server with %n record(s); %2 applies it at its next exchange.</source>
        <translation>
            <numerusform>O pacote %1 para %2 ficou no servidor com %n registro; %2 o aplica na sua próxima troca.</numerusform>
            <numerusform>O pacote %1 para %2 ficou no servidor com %n registros; %2 o aplica na sua próxima troca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An answer for %1 (package %2, %n record(s)) waits on the server until %1 exchanges.</source>
        <translation>
            <numerusform>Uma resposta para %1 (pacote %2, %n registro) aguarda no servidor até %1 fazer a troca.</numerusform>
            <numerusform>Uma resposta para %1 (pacote %2, %n registros) aguarda no servidor até %1 fazer a troca.</numerusform>
        </translation>
    </message>
    <message>
        <source>No package was waiting on the server.</source>
        <translation>Nenhum pacote aguardava no servidor.</translation>
    </message>
    <message>
        <source>Not applied, left on the server: %1</source>
        <translation>Não aplicado, fica no servidor: %1</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Review list</source>
        <translation>Lista de revisão</translation>
    </message>
    <message>
        <source>Records waiting for review</source>
        <translation>Registros aguardando revisão</translation>
    </message>
    <message>
        <source>The two versions, field by field</source>
        <translation>As duas versões, campo por campo</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>Manter a versão deste banco de dados</translation>
    </message>
    <message>
        <source>Nothing waits for review: every package applied cleanly.</source>
        <translation>Nada aguarda revisão: todos os pacotes foram aplicados sem conflitos.</translation>
    </message>
    <message>
        <source>%1 %2 — from %3, %4</source>
        <translation>%1 %2 — de %3, %4</translation>
    </message>
    <message>
        <source>Take the other site&apos;s version</source>
        <translation>Adotar a versão da outra sede</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aqui</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Lá</translation>
    </message>
    <message>
        <source>Remove it, as %1 did</source>
        <translation>Removê-lo, como fez %1</translation>
    </message>
    <message>
        <source>Take %1&apos;s version</source>
        <translation>Adotar a versão de %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(o registro inteiro)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>mantido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>These records were changed here and at another site, or removed there while a record here still names them (a person merged into another at a post). Nothing was overwritten or removed: for each, compare the two versions and choose which one stays. The version you keep here reaches the other site with the next package.</source>
        <translation>Estes registros foram alterados aqui e em outra sede, ou removidos lá enquanto um registro daqui ainda os menciona (uma pessoa mesclada a outra em um posto). Nada foi sobrescrito nem removido: em cada um, compare as duas versões e escolha qual fica. A versão que você mantiver aqui chega à outra sede com o pacote seguinte.</translation>
    </message>
</context>
<context>
    <name>SyncReviewService</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidade</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Nota do caso</translation>
    </message>
    <message>
        <source>Conflict check</source>
        <translation>Verificação de conflitos</translation>
    </message>
    <message>
        <source>Opposing party</source>
        <translation>Parte contrária</translation>
    </message>
    <message>
        <source>Risk screening</source>
        <translation>Avaliação de risco</translation>
    </message>
    <message>
        <source>Screening action</source>
        <translation>Ação da avaliação</translation>
    </message>
    <message>
        <source>Specific need</source>
        <translation>Necessidade específica</translation>
    </message>
    <message>
        <source>Legal procedure</source>
        <translation>Procedimento legal</translation>
    </message>
    <message>
        <source>Procedure event</source>
        <translation>Etapa do procedimento</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Solicitação de busca</translation>
    </message>
    <message>
        <source>Tracing request history</source>
        <translation>Histórico da solicitação de busca</translation>
    </message>
    <message>
        <source>Proposed match</source>
        <translation>Correspondência proposta</translation>
    </message>
    <message>
        <source>Family link</source>
        <translation>Vínculo familiar</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primeiro sobrenome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo sobrenome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>How the date of birth is known</source>
        <translation>Como a data de nascimento é conhecida</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nascimento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Department or state</source>
        <translation>Departamento ou estado</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Without documents</source>
        <translation>Sem documentos</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número do caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Profissional do caso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation>Grupo familiar</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>read the review list</source>
        <translation>ler a lista de revisão</translation>
    </message>
    <message>
        <source>This record is no longer in the review list: someone decided already.</source>
        <translation>Este registro não está mais na lista de revisão: alguém já decidiu.</translation>
    </message>
    <message>
        <source>record the decision</source>
        <translation>registrar a decisão</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Data do retorno</translation>
    </message>
    <message>
        <source>Returned to</source>
        <translation>Retornou a</translation>
    </message>
    <message>
        <source>Place of return</source>
        <translation>Lugar do retorno</translation>
    </message>
    <message>
        <source>Free and informed decision</source>
        <translation>Decisão livre e informada</translation>
    </message>
</context>
<context>
    <name>SyncRole</name>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Field post</source>
        <translation>Posto de campo</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The site %1 is not registered here: register its card first.</source>
        <translation>A sede %1 não está registrada aqui: registre primeiro o cartão dela.</translation>
    </message>
    <message>
        <source>The package could not be written to %1: %2</source>
        <translation>Não foi possível gravar o pacote em %1: %2</translation>
    </message>
    <message>
        <source>The package %1 could not be read: %2</source>
        <translation>Não foi possível ler o pacote %1: %2</translation>
    </message>
    <message>
        <source>This file is not an Amparo package.</source>
        <translation>Este arquivo não é um pacote do Amparo.</translation>
    </message>
    <message>
        <source>Package %1 from %2 is older than package %3, which was applied already; nothing was changed.</source>
        <translation>O pacote %1 de %2 é anterior ao pacote %3, que já foi aplicado; nada foi alterado.</translation>
    </message>
    <message>
        <source>matching at %1</source>
        <translation>busca de correspondências em %1</translation>
    </message>
    <message>
        <source>Register the office&apos;s card first (Administration → Field posts and office).</source>
        <translation>Registre primeiro o cartão do escritório (Administração → Postos de campo e escritório).</translation>
    </message>
    <message>
        <source>This post does not know its office&apos;s server. Write its location under Administration → Field posts and office, or send packages as files.</source>
        <translation>Este posto não conhece o servidor do seu escritório. Escreva o endereço em Administração → Postos de campo e escritório, ou envie os pacotes como arquivos.</translation>
    </message>
    <message>
        <source>the office&apos;s server</source>
        <translation>o servidor do escritório</translation>
    </message>
    <message>
        <source>%1 Nothing is lost: the next package holds everything this one did.</source>
        <translation>%1 Nada se perde: o próximo pacote leva tudo o que este levava.</translation>
    </message>
    <message>
        <source>Posts leave packages on the office&apos;s server; this office&apos;s database is a file on this computer, so its packages travel as files.</source>
        <translation>Os postos deixam os pacotes no servidor do escritório; o banco de dados deste escritório é um arquivo neste computador, então seus pacotes viajam como arquivos.</translation>
    </message>
    <message>
        <source>A package left by %1: %2</source>
        <translation>Um pacote deixado por %1: %2</translation>
    </message>
    <message>
        <source>No answer could be left for %1: %2 The next exchange leaves one.</source>
        <translation>Não foi possível deixar uma resposta para %1: %2 A próxima troca a deixa.</translation>
    </message>
</context>
<context>
    <name>SyncSetupService</name>
    <message>
        <source>This site&apos;s keys could not be loaded.</source>
        <translation>Não foi possível carregar as chaves desta sede.</translation>
    </message>
    <message>
        <source>A site code has 1 to 16 letters A–Z, digits or hyphens (for example CUC or PASTO-2).</source>
        <translation>Um código de sede tem de 1 a 16 letras A–Z, dígitos ou hífens (por exemplo CUC ou PASTO-2).</translation>
    </message>
    <message>
        <source>This database is already the site %1 (%2); it cannot become another.</source>
        <translation>Este banco de dados já é a sede %1 (%2); não pode se tornar outra.</translation>
    </message>
    <message>
        <source>New keys could not be made for this site.</source>
        <translation>Não foi possível criar chaves novas para esta sede.</translation>
    </message>
    <message>
        <source>Make this database a site first (its code, and whether it is the office or a field post).</source>
        <translation>Primeiro transforme este banco de dados em uma sede (seu código, e se é o escritório ou um posto de campo).</translation>
    </message>
    <message>
        <source>This is this database&apos;s own card (site %1).</source>
        <translation>Este é o cartão deste mesmo banco de dados (sede %1).</translation>
    </message>
    <message>
        <source>The site %1 is already registered with other keys. If that site really has new keys, ask for help: its packages are refused until then.</source>
        <translation>A sede %1 já está registrada com outras chaves. Se essa sede realmente tem chaves novas, peça ajuda: os pacotes dela são recusados até lá.</translation>
    </message>
    <message>
        <source>This field post already sends to the office %1; a post has one office.</source>
        <translation>Este posto de campo já envia para o escritório %1; um posto tem um só escritório.</translation>
    </message>
    <message>
        <source>Only a field post sends to an office&apos;s server; this database is the office.</source>
        <translation>Só um posto de campo envia ao servidor de um escritório; este banco de dados é o escritório.</translation>
    </message>
</context>
<context>
    <name>SyncSiteRepository</name>
    <message>
        <source>read this database&apos;s site identity</source>
        <translation>ler a identidade de sede deste banco de dados</translation>
    </message>
    <message>
        <source>This database&apos;s site identity is damaged; its packages cannot be made or opened.</source>
        <translation>A identidade de sede deste banco de dados está danificada; seus pacotes não podem ser feitos nem abertos.</translation>
    </message>
    <message>
        <source>save this database&apos;s site identity</source>
        <translation>salvar a identidade de sede deste banco de dados</translation>
    </message>
    <message>
        <source>read the registered sites</source>
        <translation>ler as sedes registradas</translation>
    </message>
    <message>
        <source>register the site %1</source>
        <translation>registrar a sede %1</translation>
    </message>
    <message>
        <source>send the package</source>
        <translation>enviar o pacote</translation>
    </message>
    <message>
        <source>apply the package</source>
        <translation>aplicar o pacote</translation>
    </message>
    <message>
        <source>read the office&apos;s server location</source>
        <translation>ler o endereço do servidor do escritório</translation>
    </message>
    <message>
        <source>keep the office&apos;s server location</source>
        <translation>guardar o endereço do servidor do escritório</translation>
    </message>
</context>
<context>
    <name>SyncSitesDialog</name>
    <message>
        <source>Make this database a site</source>
        <translation>Transformar este banco de dados em uma sede</translation>
    </message>
    <message>
        <source>&amp;Save this site&apos;s card…</source>
        <translation>&amp;Salvar o cartão desta sede…</translation>
    </message>
    <message>
        <source>&amp;Register a site&apos;s card…</source>
        <translation>&amp;Registrar o cartão de uma sede…</translation>
    </message>
    <message>
        <source>Field posts and office</source>
        <translation>Postos de campo e escritório</translation>
    </message>
    <message>
        <source>for example CUC or PASTO-2</source>
        <translation>por exemplo CUC ou PASTO-2</translation>
    </message>
    <message>
        <source>A field post that sends to an office</source>
        <translation>Um posto de campo que envia para um escritório</translation>
    </message>
    <message>
        <source>The office its field posts send to</source>
        <translation>O escritório para o qual seus postos de campo enviam</translation>
    </message>
    <message>
        <source>&amp;Make this database a site</source>
        <translation>&amp;Transformar este banco de dados em uma sede</translation>
    </message>
    <message>
        <source>A database exchanges packages once it is a site: give it the code its office knows it by. This is done once.</source>
        <translation>Um banco de dados troca pacotes quando é uma sede: dê a ele o código pelo qual o escritório o conhece. Isso é feito uma só vez.</translation>
    </message>
    <message>
        <source>Site &amp;code:</source>
        <translation>&amp;Código da sede:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Last package received</source>
        <translation>Último pacote recebido</translation>
    </message>
    <message>
        <source>Last package sent</source>
        <translation>Último pacote enviado</translation>
    </message>
    <message>
        <source>Sites this database exchanges packages with:</source>
        <translation>Sedes com as quais este banco de dados troca pacotes:</translation>
    </message>
    <message>
        <source>This database is the site &lt;b&gt;%1&lt;/b&gt; (%2).&lt;br&gt;Fingerprint of its card: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Este banco de dados é a sede &lt;b&gt;%1&lt;/b&gt; (%2).&lt;br&gt;Impressão digital do seu cartão: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Save this site&apos;s card</source>
        <translation>Salvar o cartão desta sede</translation>
    </message>
    <message>
        <source>Amparo site cards (*.amparo-card)</source>
        <translation>Cartões de sede do Amparo (*.amparo-card)</translation>
    </message>
    <message>
        <source>The card was saved to %1. Give it to the other side&apos;s administrator and read them its fingerprint: %2</source>
        <translation>O cartão foi salvo em %1. Entregue-o ao administrador da outra parte e leia para ele a impressão digital: %2</translation>
    </message>
    <message>
        <source>Register a site&apos;s card</source>
        <translation>Registrar o cartão de uma sede</translation>
    </message>
    <message>
        <source>The site %1 is registered. Its fingerprint is %2: it must be the one its administrator reads to you. If it is not, tell them at once.</source>
        <translation>A sede %1 está registrada. A impressão digital dela é %2: deve ser a que o administrador dela lê para você. Se não for, avise-o imediatamente.</translation>
    </message>
    <message>
        <source>The office&apos;s server</source>
        <translation>O servidor do escritório</translation>
    </message>
    <message>
        <source>for example postgresql://office-server/amparo</source>
        <translation>por exemplo postgresql://office-server/amparo</translation>
    </message>
    <message>
        <source>Sa&amp;ve the location</source>
        <translation>Sal&amp;var o endereço</translation>
    </message>
    <message>
        <source>When this post can reach its office&apos;s server, File → Exchange packages through the server leaves its package there and collects the office&apos;s answer, without a file. Write the location the office&apos;s administrator gives you; leave it empty to exchange files only.</source>
        <translation>Quando este posto consegue alcançar o servidor do seu escritório, Arquivo → Trocar pacotes pelo servidor deixa ali o seu pacote e recolhe a resposta do escritório, sem arquivos. Escreva o endereço que o administrador do escritório lhe der; deixe-o vazio para trocar só arquivos.</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>This post now exchanges packages as files only.</source>
        <translation>Este posto agora troca pacotes só como arquivos.</translation>
    </message>
    <message>
        <source>Saved. File → Exchange packages through the server now reaches the office&apos;s server.</source>
        <translation>Salvo. Arquivo → Trocar pacotes pelo servidor agora alcança o servidor do escritório.</translation>
    </message>
</context>
<context>
    <name>TableGraph</name>
    <message>
        <source>list the tables of the database</source>
        <translation>listar as tabelas do banco de dados</translation>
    </message>
    <message>
        <source>The tables of the database refer to each other in a circle.</source>
        <translation>As tabelas do banco de dados se referem umas às outras em círculo.</translation>
    </message>
</context>
<context>
    <name>TabularSource</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 não pôde ser aberto: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vazio: não há nada para importar.</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GB. Split it into smaller files and import each.</source>
        <translation>%1 tem mais de 2 GB. Divida-o em arquivos menores e importe cada um.</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 workbook (.xls). Open it in your spreadsheet program, save it as .xlsx or CSV, and import that.</source>
        <translation>%1 é uma pasta de trabalho antiga do Excel 97–2003 (.xls). Abra-a na sua planilha, salve como .xlsx ou CSV e importe esse arquivo.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>TracingMatcher</name>
    <message>
        <source>same sex</source>
        <translation>mesmo sexo</translation>
    </message>
    <message>
        <source>born %1 vs %2</source>
        <translation>nascido/a em %1 frente a %2</translation>
    </message>
    <message>
        <source>last known in %1, now in %2</source>
        <translation>último local conhecido %1, agora em %2</translation>
    </message>
    <message>
        <source>last known in %1, registered there</source>
        <translation>último local conhecido %1, registrado/a lá</translation>
    </message>
    <message>
        <source>same nationality</source>
        <translation>mesma nacionalidade</translation>
    </message>
</context>
<context>
    <name>TracingRequestDialog</name>
    <message>
        <source>Register a tracing request</source>
        <translation>Registrar uma solicitação de busca</translation>
    </message>
    <message>
        <source>Tracing request %1</source>
        <translation>Solicitação de busca %1</translation>
    </message>
    <message>
        <source>Who is asking</source>
        <translation>Quem pergunta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Person asking</source>
        <translation>Pessoa que pergunta</translation>
    </message>
    <message>
        <source>The person sought is their</source>
        <translation>A pessoa procurada é seu/sua</translation>
    </message>
    <message>
        <source>phone, shelter, or organisation that passes the message</source>
        <translation>telefone, abrigo ou organização que passa a mensagem</translation>
    </message>
    <message>
        <source>How to answer them</source>
        <translation>Como responder</translation>
    </message>
    <message>
        <source>Who is sought</source>
        <translation>Quem é procurado</translation>
    </message>
    <message>
        <source>nicknames, other spellings — comma between them</source>
        <translation>apelidos, outras grafias — separados por vírgulas</translation>
    </message>
    <message>
        <source>town, crossing, shelter</source>
        <translation>cidade, passagem de fronteira, abrigo</translation>
    </message>
    <message>
        <source>2025, 2025-11 or 15/11/2025</source>
        <translation>2025, 2025-11 ou 15/11/2025</translation>
    </message>
    <message>
        <source>how and where they were separated</source>
        <translation>como e onde se separaram</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Family names</source>
        <translation>Sobrenomes</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Também conhecido/a como</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Last known country</source>
        <translation>Último país conhecido</translation>
    </message>
    <message>
        <source>Last known place</source>
        <translation>Último local conhecido</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto/a por último</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separação</translation>
    </message>
    <message>
        <source>Register and look</source>
        <translation>Registrar e buscar</translation>
    </message>
    <message>
        <source>Save and look again</source>
        <translation>Salvar e buscar de novo</translation>
    </message>
    <message>
        <source>Write the date as 2025, 2025-11 or 15/11/2025.</source>
        <translation>Escreva a data como 2025, 2025-11 ou 15/11/2025.</translation>
    </message>
    <message>
        <source>First family name</source>
        <translation>Primeiro sobrenome</translation>
    </message>
    <message>
        <source>Second family name</source>
        <translation>Segundo sobrenome</translation>
    </message>
</context>
<context>
    <name>TracingRequestRepository</name>
    <message>
        <source>save the tracing request</source>
        <translation>salvar a solicitação de busca</translation>
    </message>
    <message>
        <source>The tracing request was changed by someone else after you opened it. Open it again to see the changes.</source>
        <translation>Outra pessoa alterou a solicitação de busca depois que você a abriu. Abra-a novamente para ver as alterações.</translation>
    </message>
    <message>
        <source>The tracing request no longer exists.</source>
        <translation>A solicitação de busca não existe mais.</translation>
    </message>
</context>
<context>
    <name>TracingRequestsModel</name>
    <message>
        <source>%1 (seeks their %2)</source>
        <translation>%1 (procura seu/sua %2)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Procurado/a</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
</context>
<context>
    <name>TracingRequestsView</name>
    <message>
        <source>Open requests</source>
        <translation>Solicitações abertas</translation>
    </message>
    <message>
        <source>With matches to review</source>
        <translation>Com correspondências a revisar</translation>
    </message>
    <message>
        <source>Reunited or closed</source>
        <translation>Reunidas ou encerradas</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas as solicitações</translation>
    </message>
    <message>
        <source>Look again for all open requests</source>
        <translation>Buscar de novo para todas as solicitações abertas</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Possíveis correspondências</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Review the match…</source>
        <translation>Revisar a correspondência…</translation>
    </message>
    <message>
        <source>Change the request…</source>
        <translation>Alterar a solicitação…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Encerrar…</translation>
    </message>
    <message>
        <source>Family tracing</source>
        <translation>Busca de familiares</translation>
    </message>
    <message numerus="yes">
        <source>%n child match(es) wait for legal staff</source>
        <translation>
            <numerusform>%n correspondência de criança aguarda a equipe jurídica</numerusform>
            <numerusform>%n correspondências de crianças aguardam a equipe jurídica</numerusform>
        </translation>
    </message>
    <message>
        <source>No request here.</source>
        <translation>Não há solicitações aqui.</translation>
    </message>
    <message>
        <source>%1 · %2 looks for their %4, %3 · %5</source>
        <translation>%1 · %2 procura seu/sua %4, %3 · %5</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Também conhecido/a como</translation>
    </message>
    <message>
        <source>Last known in</source>
        <translation>Último local conhecido</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto/a por último</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separação</translation>
    </message>
    <message>
        <source>Answer to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Encerrada porque</translation>
    </message>
    <message>
        <source>Open again…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>This match was reviewed already: %1 by %2.</source>
        <translation>Esta correspondência já foi revisada: %1 por %2.</translation>
    </message>
    <message>
        <source>Looking again for every open request…</source>
        <translation>Buscando de novo para cada solicitação aberta…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n possible match(es) wait for review.</source>
        <translation>
            <numerusform>Pronto: %n possível correspondência aguarda revisão.</numerusform>
            <numerusform>Pronto: %n possíveis correspondências aguardam revisão.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation>Quais pedidos</translation>
    </message>
</context>
<context>
    <name>TracingService</name>
    <message>
        <source>At most %1 characters can be written here.</source>
        <translation>Aqui podem ser escritos no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose the site where the request is made.</source>
        <translation>Escolha a sede onde a solicitação é feita.</translation>
    </message>
    <message>
        <source>Enter the name of the person asking.</source>
        <translation>Escreva o nome da pessoa que pergunta.</translation>
    </message>
    <message>
        <source>The request cannot be dated in the future.</source>
        <translation>A solicitação não pode ter data futura.</translation>
    </message>
    <message>
        <source>Enter at least one name of the person sought.</source>
        <translation>Escreva pelo menos um nome da pessoa procurada.</translation>
    </message>
    <message>
        <source>The date last seen cannot be in the future.</source>
        <translation>A data em que foi visto/a por último não pode ser futura.</translation>
    </message>
    <message>
        <source>Choose a nationality from the list.</source>
        <translation>Escolha uma nacionalidade da lista.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Escolha um país da lista.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>The request is closed already.</source>
        <translation>A solicitação já está encerrada.</translation>
    </message>
    <message>
        <source>Confirm the match of the person found before recording the reunion.</source>
        <translation>Confirme a correspondência da pessoa encontrada antes de registrar a reunificação.</translation>
    </message>
    <message>
        <source>Say why the request is closed.</source>
        <translation>Diga por que a solicitação é encerrada.</translation>
    </message>
    <message>
        <source>The request is open already.</source>
        <translation>A solicitação já está aberta.</translation>
    </message>
    <message>
        <source>Say why the request is opened again.</source>
        <translation>Diga por que a solicitação é reaberta.</translation>
    </message>
    <message>
        <source>This match concerns an unaccompanied or separated child: legal staff review it before anyone is contacted. It stays pending for them.</source>
        <translation>Esta correspondência se refere a uma criança desacompanhada ou separada: a equipe jurídica a revisa antes de contatar alguém. Ela fica pendente para eles.</translation>
    </message>
    <message>
        <source>The request is closed; open it again to review its matches.</source>
        <translation>A solicitação está encerrada; reabra-a para revisar suas correspondências.</translation>
    </message>
    <message>
        <source>match confirmed: %1</source>
        <translation>correspondência confirmada: %1</translation>
    </message>
    <message>
        <source>match rejected: %1</source>
        <translation>correspondência rejeitada: %1</translation>
    </message>
    <message>
        <source>Matching stopped after %1 of %2 requests; what was found so far is kept.</source>
        <translation>A busca parou após %1 de %2 solicitações; o que foi encontrado até agora é mantido.</translation>
    </message>
</context>
<context>
    <name>TracingStatus</name>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Correspondência proposta</translation>
    </message>
    <message>
        <source>Reunited</source>
        <translation>Reunida</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
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
        <translation>Solicitações de busca</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>start writing to the database</source>
        <translation>começar a gravar no banco de dados</translation>
    </message>
    <message>
        <source>Nothing to commit: the transaction was not started.</source>
        <translation>Nada a confirmar: a transação não foi iniciada.</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>salvar as alterações</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>ler o banco de dados</translation>
    </message>
</context>
<context>
    <name>TransferCaseDialog</name>
    <message>
        <source>Hand the case to the office</source>
        <translation>Entregar o caso ao escritório</translation>
    </message>
    <message>
        <source>From now on the office %1 keeps case %2: it changes the case and everything that belongs to it. Here you will read it as it is now. The hand-over reaches the office with the next package.</source>
        <translation>A partir de agora o escritório %1 mantém o caso %2: altera o caso e tudo o que pertence a ele. Aqui você o consultará como está agora. A entrega chega ao escritório com o pacote seguinte.</translation>
    </message>
    <message>
        <source>the family moved inland, the office&apos;s lawyer takes it…</source>
        <translation>a família se mudou para o interior, a advogada do escritório assume…</translation>
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
        <translation>Formulário de encaminhamento</translation>
    </message>
    <message>
        <source>Referral package</source>
        <translation>Pacote de encaminhamento</translation>
    </message>
    <message>
        <source>Package to another site</source>
        <translation>Pacote para outra unidade</translation>
    </message>
</context>
<context>
    <name>TransferRepository</name>
    <message>
        <source>record the transfer of personal data</source>
        <translation>registrar a transferência de dados pessoais</translation>
    </message>
    <message>
        <source>read the transfers of personal data</source>
        <translation>ler as transferências de dados pessoais</translation>
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
        <translation>só o número do caso</translation>
    </message>
    <message>
        <source>Transfers of personal data</source>
        <translation>Transferências de dados pessoais</translation>
    </message>
    <message>
        <source>What carried personal data out of this database, newest first: to whom, and the data-sharing agreement it relied on.</source>
        <translation>O que levou dados pessoais para fora deste banco de dados, o mais recente primeiro: para quem, e o acordo de compartilhamento de dados em que se baseou.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>(within the organisation)</source>
        <translation>(dentro da organização)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
    <message>
        <source>Nothing has been transferred yet.</source>
        <translation>Ainda nada foi transferido.</translation>
    </message>
    <message>
        <source>An agreement shown as “none recorded”: add it to the partner under Administration → Partner organisations.</source>
        <translation>Um acordo que aparece como “nenhum registrado”: adicione-o à organização em Administração → Organizações parceiras.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>O usuário não existe mais.</translation>
    </message>
    <message>
        <source>save the user</source>
        <translation>salvar o usuário</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>alterar a frase-senha</translation>
    </message>
    <message>
        <source>change the user</source>
        <translation>alterar o usuário</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 2 to 40 letters, digits, dots, dashes or @, without spaces.</source>
        <translation>Um nome de usuário tem de 2 a 40 letras, dígitos, pontos, hifens ou @, sem espaços.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 100 characters).</source>
        <translation>Informe o nome da pessoa (no máximo 100 caracteres).</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Já existe um usuário chamado %1.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the passphrase.</source>
        <translation>Não há memória suficiente para proteger a frase-senha.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>O usuário não existe mais.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator. Make another user administrator first.</source>
        <translation>%1 é o único administrador ativo. Primeiro torne outro usuário administrador.</translation>
    </message>
    <message>
        <source>This database is encrypted and %1&apos;s passphrase was taken out of its keys: reactivate %1 with a new passphrase.</source>
        <translation>Este banco de dados está criptografado e a frase-senha de %1 foi retirada de suas chaves: reative %1 com uma nova frase-senha.</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>list, add, reset-passphrase, set-role, deactivate or activate users (administrators)</source>
        <translation>listar, adicionar, redefinir frase-senha, mudar função, desativar ou ativar usuários (administradores)</translation>
    </message>
    <message>
        <source>list, add, reset-passphrase, set-role, deactivate or activate.</source>
        <translation>list, add, reset-passphrase, set-role, deactivate ou activate.</translation>
    </message>
    <message>
        <source>The user name (all actions but list and add).</source>
        <translation>O nome de usuário (todas as ações exceto list e add).</translation>
    </message>
    <message>
        <source>add: the new user&apos;s user name.</source>
        <translation>add: o nome de usuário do novo usuário.</translation>
    </message>
    <message>
        <source>add: the new user&apos;s full name.</source>
        <translation>add: o nome completo do novo usuário.</translation>
    </message>
    <message>
        <source>add, set-role: administrator, legal_staff, volunteer or coordinator.</source>
        <translation>add, set-role: administrator, legal_staff, volunteer ou coordinator.</translation>
    </message>
    <message>
        <source>users needs an action: %1.</source>
        <translation>users precisa de uma ação: %1.</translation>
    </message>
    <message>
        <source>--role must be administrator, legal_staff, volunteer or coordinator.</source>
        <translation>--role deve ser administrator, legal_staff, volunteer ou coordinator.</translation>
    </message>
    <message>
        <source>users add needs --username, --name and --role.</source>
        <translation>users add precisa de --username, --name e --role.</translation>
    </message>
    <message>
        <source>First passphrase for %1: </source>
        <translation>Primeira frase-senha para %1: </translation>
    </message>
    <message>
        <source>No passphrase was given for the new user.</source>
        <translation>Nenhuma frase-senha foi informada para o novo usuário.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Usuário %1 adicionado.</translation>
    </message>
    <message>
        <source>users %1 needs a user name.</source>
        <translation>users %1 precisa de um nome de usuário.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Não existe o usuário %1.</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nova frase-senha para %1: </translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Nenhuma frase-senha foi informada.</translation>
    </message>
    <message>
        <source>users set-role needs --role.</source>
        <translation>users set-role precisa de --role.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Feito.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Adicionar usuário…</translation>
    </message>
    <message>
        <source>Reset passphrase…</source>
        <translation>Redefinir frase-senha…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Primeiro escolha um usuário.</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Redefinir frase-senha</translation>
    </message>
    <message>
        <source>Give %1 a new passphrase, and tell it to them in person.</source>
        <translation>Dê a %1 uma nova frase-senha e informe-a pessoalmente.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Perfil de %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Reativar %1</translation>
    </message>
    <message>
        <source>The database is encrypted, so %1 comes back with a new passphrase. Tell it to them in person.</source>
        <translation>O banco de dados está criptografado, então %1 volta com uma nova frase-senha. Diga-a pessoalmente.</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>Cell %1 refers to a text the workbook does not contain.</source>
        <translation>A célula %1 remete a um texto que a pasta de trabalho não contém.</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula that failed in the spreadsheet (%2).</source>
        <translation>A célula %1 tem uma fórmula que falhou na planilha (%2).</translation>
    </message>
    <message>
        <source>Cell %1 holds a date the spreadsheet cannot show (%2).</source>
        <translation>A célula %1 tem uma data que a planilha não consegue mostrar (%2).</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula whose result is not saved in the file. Open the file in your spreadsheet program, save it, and import it again.</source>
        <translation>A célula %1 tem uma fórmula cujo resultado não está salvo no arquivo. Abra o arquivo na sua planilha, salve-o e importe novamente.</translation>
    </message>
    <message>
        <source>Cell %1 holds more than %L2 characters; no field of a record is this long.</source>
        <translation>A célula %1 tem mais de %L2 caracteres; nenhum campo de um registro é tão longo.</translation>
    </message>
    <message>
        <source>The row has more than %L1 columns.</source>
        <translation>A linha tem mais de %L1 colunas.</translation>
    </message>
    <message>
        <source>The sheet ends in the middle of row %1: the file is cut short or damaged.</source>
        <translation>A planilha termina no meio da linha %1: o arquivo está cortado ou danificado.</translation>
    </message>
    <message>
        <source>The sheet cannot be read after row %1 (%2): the file is damaged.</source>
        <translation>A planilha não pode ser lida após a linha %1 (%2): o arquivo está danificado.</translation>
    </message>
</context>
<context>
    <name>XlsxSource</name>
    <message>
        <source>The sheet %1 is empty: there is nothing to import.</source>
        <translation>A planilha %1 está vazia: não há nada para importar.</translation>
    </message>
    <message>
        <source>The first row of the sheet %1 cannot be read as column names: %2</source>
        <translation>A primeira linha da planilha %1 não pode ser lida como nomes de colunas: %2</translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation>Pasta de trabalho do Excel, planilha %1</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>This spreadsheet is damaged or not an Excel workbook (%1). Open it in your spreadsheet program and save it again as .xlsx, or as CSV.</source>
        <translation>Esta planilha está danificada ou não é uma pasta de trabalho do Excel (%1). Abra-a no seu programa de planilhas e salve novamente como .xlsx ou como CSV.</translation>
    </message>
    <message>
        <source>%1 could not be opened as an Excel workbook (%2).</source>
        <translation>%1 não pôde ser aberto como pasta de trabalho do Excel (%2).</translation>
    </message>
    <message>
        <source>This file could not be opened as an Excel workbook (%1).</source>
        <translation>Este arquivo não pôde ser aberto como pasta de trabalho do Excel (%1).</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 é grande demais</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>não tem planilhas</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>A pasta de trabalho não tem a planilha %1.</translation>
    </message>
    <message>
        <source>the sheet %1 is missing</source>
        <translation>falta a planilha %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case management for organisations serving refugees and migrants.</source>
        <translation>Gestão de casos para organizações que atendem pessoas refugiadas e migrantes.</translation>
    </message>
    <message>
        <source>Open this database file, or an office server&apos;s database (postgresql://server/database), instead of the default one.</source>
        <translation>Abrir este arquivo de banco de dados, ou o banco de dados do servidor do escritório (postgresql://servidor/banco), em vez do padrão.</translation>
    </message>
</context>
</TS>
