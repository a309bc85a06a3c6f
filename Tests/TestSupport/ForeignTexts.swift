/// News-like texts in languages other than English, written for the tests of the language check
/// (a few paragraphs each, invented events). Each mentions states and leaders, as a real
/// article would, so that reading one as English would give a graph of sorts.
public enum ForeignTexts {
    /// French.
    public static let french = """
        PARIS — Le ministre des Affaires étrangères a reçu mardi son homologue du Portugal pour \
        une longue séance de travail consacrée à la coopération dans le domaine de l'énergie. Les \
        deux délégations se sont quittées sans annoncer d'accord, mais elles ont promis de se revoir \
        avant la fin de l'année.

        Selon un conseiller présent lors des discussions, la question des interconnexions \
        électriques entre la péninsule Ibérique et le reste du continent reste le principal point \
        de désaccord. Lisbonne souhaite obtenir des garanties de financement, tandis que Paris \
        insiste sur le calendrier des travaux et sur le partage des coûts.

        Le président de la République doit se rendre en Andorre le mois prochain, où il \
        rencontrera les deux coprinces et les responsables du gouvernement local. Aucun texte ne \
        devrait être signé lors de cette visite, qui aura surtout une valeur symbolique.
        """

    /// Spanish.
    public static let spanish = """
        MADRID — El presidente del Gobierno recibió este jueves en el palacio de la Moncloa al \
        primer ministro de Marruecos, con quien conversó durante más de dos horas sobre la gestión \
        de las fronteras, el comercio agrícola y la pesca en las aguas del Atlántico.

        Ambos dirigentes firmaron una declaración conjunta en la que se comprometen a reforzar los \
        controles en los puertos y a crear una comisión mixta que se reunirá cada seis meses. Los \
        empresarios de los dos países celebraron el anuncio, aunque los sindicatos pidieron más \
        detalles sobre las condiciones laborales de los temporeros.

        La oposición criticó que el acuerdo no haya pasado antes por el Congreso de los Diputados y \
        anunció que pedirá la comparecencia urgente del ministro de Asuntos Exteriores para que \
        explique el alcance real de los compromisos adquiridos.
        """

    /// German.
    public static let german = """
        BERLIN — Die Bundeskanzlerin hat am Montag den Präsidenten Polens zu einem Arbeitsbesuch \
        empfangen. Im Mittelpunkt der Gespräche standen die Sicherheit an der Ostflanke des \
        Bündnisses, der Ausbau der Bahnverbindungen zwischen beiden Ländern und die Zukunft der \
        gemeinsamen Energiepolitik.

        Nach dem Treffen erklärten beide Seiten, man wolle bis zum Sommer einen gemeinsamen \
        Aktionsplan vorlegen. Kritiker in Warschau bemängelten jedoch, dass die Frage der \
        Entschädigungen erneut ausgeklammert worden sei, obwohl sie seit Jahren für Streit sorgt.

        Der Außenminister wird in der kommenden Woche nach Prag und Wien reisen, um dort über die \
        Verteilung der Mittel aus dem Wiederaufbaufonds zu sprechen. Ein Abkommen wird allerdings \
        erst im Herbst erwartet, wenn die Haushaltsverhandlungen abgeschlossen sind.
        """

    /// Portuguese.
    public static let portuguese = """
        LISBOA — O primeiro-ministro recebeu nesta quarta-feira o presidente de Angola para uma \
        reunião de trabalho dedicada às relações económicas entre os dois países e à situação das \
        empresas portuguesas que operam em Luanda.

        No final do encontro, as duas delegações assinaram três protocolos de cooperação nas áreas \
        da saúde, da educação e da formação profissional. O chefe de Estado angolano afirmou que as \
        relações bilaterais atravessam um dos melhores momentos da sua história recente.

        A oposição, porém, lembrou que as dívidas do Estado angolano a empresas de construção \
        continuam por pagar e exigiu que o Governo apresente ao parlamento um calendário claro \
        para a resolução do problema antes da próxima visita oficial.
        """

    /// Italian.
    public static let italian = """
        ROMA — Il presidente del Consiglio ha incontrato ieri a Palazzo Chigi il primo ministro \
        della Grecia per discutere della gestione dei flussi migratori nel Mediterraneo orientale e \
        dei progetti comuni nel settore del gas naturale.

        Al termine del colloquio i due capi di governo hanno annunciato la firma di un memorandum \
        d'intesa sulla sorveglianza delle coste e sullo scambio di informazioni tra le guardie \
        costiere. Il testo prevede anche esercitazioni congiunte a partire dalla prossima \
        primavera.

        Le associazioni umanitarie hanno accolto con prudenza l'annuncio, chiedendo che il \
        rispetto dei diritti delle persone soccorse in mare resti al centro di ogni intervento e \
        che il parlamento venga informato regolarmente sui risultati ottenuti.
        """

    /// A short French headline: too few words to judge, so never skipped.
    public static let frenchHeadline = "Le président reçoit son homologue portugais à Paris"

    /// Every long text, with its language's name.
    public static let all: [(language: String, text: String)] = [
        ("French", french), ("Spanish", spanish), ("German", german), ("Portuguese", portuguese), ("Italian", italian),
    ]
}
