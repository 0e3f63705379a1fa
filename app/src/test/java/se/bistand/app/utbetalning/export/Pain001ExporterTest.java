package se.bistand.app.utbetalning.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.bistand.domain.gemensam.DomainException;
import se.bistand.domain.gemensam.Money;
import se.bistand.domain.logg.Granskningsankare;

class Pain001ExporterTest {

    private static final String NS = Pain001Exporter.NAMESPACE;

    private static byte[] exportera(Utbetalningsorder order) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new Pain001Exporter().skriv(order, ut);
        return ut.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texter(Document d, String namn) {
        NodeList n = d.getElementsByTagNameNS(NS, namn);
        return IntStream.range(0, n.getLength()).mapToObj(i -> n.item(i).getTextContent()).toList();
    }

    @Test
    void amountsInTheFileEqualTheInputMoneyExactly() throws Exception {
        Utbetalningsorder order = Exempelorder.order();
        Document d = parse(exportera(order));
        NodeList belopp = d.getElementsByTagNameNS(NS, "InstdAmt");
        assertThat(belopp.getLength()).isEqualTo(3);
        for (int i = 0; i < belopp.getLength(); i++) {
            Element e = (Element) belopp.item(i);
            assertThat(e.getAttribute("Ccy")).isEqualTo("SEK");
            assertThat(Money.parse(e.getTextContent())).isEqualTo(order.rader().get(i).belopp());
        }
        assertThat(texter(d, "InstdAmt")).containsExactly("8123.45", "6500.10", "0.01");
    }

    @Test
    void controlSumAndNumberOfTransactionsMatchTheLines() throws Exception {
        Document d = parse(exportera(Exempelorder.order()));
        assertThat(texter(d, "NbOfTxs")).containsExactly("3", "3");
        assertThat(texter(d, "CtrlSum")).containsExactly("14623.56", "14623.56");
        assertThat(texter(d, "ReqdExctnDt")).containsExactly("2026-11-24");
        assertThat(texter(d, "EndToEndId")).containsExactly("B-1001", "B-1002", "B-1003");
    }

    @Test
    void swedishAccountsAreWrittenAsBankgiroOrBban() throws Exception {
        Document d = parse(exportera(Exempelorder.order()));
        // debtor bankgiro, then the three creditors
        assertThat(texter(d, "Othr").stream().filter(t -> t.matches("\\d+(BGNR|BBAN)")).toList())
                .containsExactly("50501055BGNR", "83513922422245BBAN", "1609908BGNR", "996044552BBAN");
    }

    @Test
    void aCopyHasADistinctMessageId() throws Exception {
        Utbetalningsorder order = Exempelorder.order();
        assertThat(texter(parse(exportera(order)), "MsgId")).containsExactly("UL-2026-11-23-001");
        assertThat(texter(parse(exportera(order.somKopia())), "MsgId")).containsExactly("UL-2026-11-23-001-KOPIA");
    }

    /**
     * ADR 0011: the bank's file names a recipient with skyddad identitet (the bank needs a
     * creditor name) but carries no address and no personnummer, and is still valid.
     */
    @Test
    void aRecipientWithSkyddadIdentitetIsNamedToTheBankWithoutAddressOrNumber() throws Exception {
        byte[] xml = exportera(Exempelorder.skyddadMottagare());
        Pain001Schema.validera(xml);
        assertThat(texter(parse(xml), "Nm")).contains("Lina Berg");
        Document d = parse(xml);
        assertThat(d.getElementsByTagNameNS(NS, "PstlAdr").getLength()).isZero();
        assertThat(d.getElementsByTagNameNS(NS, "PrvtId").getLength()).isZero();
    }

    @Test
    void fileIsUtf8WithSwedishCharactersIntact() throws Exception {
        String xml = new String(exportera(Exempelorder.order()), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(xml).contains("Försörjningsstöd december", "Exempels kommun, Socialförvaltningen");
    }

    /**
     * Validates against the official ISO 20022 schema pain.001.001.03 (in the application at
     * {@code xsd/pain.001.001.03.xsd}; its origin is in docs/decisions/0001), a first export and
     * a copy.
     */
    @Test
    void validatesAgainstTheOfficialSchema() {
        for (Utbetalningsorder order : List.of(Exempelorder.order(), Exempelorder.order().somKopia())) {
            Pain001Schema.validera(exportera(order));
        }
    }

    @Test
    void theAuditChainsAnchorIsInAnXmlCommentAndTheFileStillValidatesAgainstTheSchema() throws Exception {
        Granskningsankare ankare = new Granskningsankare(1234, "0f".repeat(32), "export av utbetalningslista 7");
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        new Pain001Exporter().skriv(Exempelorder.order(), Optional.of(ankare), ut);
        byte[] xml = ut.toByteArray();
        Pain001Schema.validera(xml);
        assertThat(Granskningsankare.hitta(new String(xml, StandardCharsets.UTF_8), "x")).containsExactly(
                ankare.medKalla("x"));
        assertThat(texter(parse(xml), "CtrlSum")).isEqualTo(texter(parse(exportera(Exempelorder.order())), "CtrlSum"));
    }

    @Test
    void theSchemaIsTheOfficialOneAndRefusesAFileTheBankWouldReject() {
        String ogiltig = new String(exportera(Exempelorder.order()), StandardCharsets.UTF_8)
                .replaceFirst("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>CASH</PmtMtd>");
        assertThatThrownBy(() -> Pain001Schema.validera(ogiltig.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("utbetalning.exportOgiltig"));
        assertThat(Pain001Schema.schema()).isNotNull();
    }
}
