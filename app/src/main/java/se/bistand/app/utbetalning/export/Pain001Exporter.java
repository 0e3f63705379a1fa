package se.bistand.app.utbetalning.export;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.bistand.domain.betalning.Bankgiro;
import se.bistand.domain.betalning.Bankkonto;
import se.bistand.domain.betalning.Kontouppgift;
import se.bistand.domain.betalning.Plusgiro;
import se.bistand.domain.logg.Granskningsankare;

/**
 * Writes an {@link Utbetalningsorder} as ISO 20022 pain.001.001.03 (CustomerCreditTransferInitiationV03),
 * UTF-8, one PmtInf with all payments in SEK.
 *
 * <p>Element names and order follow the ISO 20022 message definition pain.001.001.03. Accounts:
 * a bankgiro is written as {@code Othr/Id} with proprietary scheme {@code BGNR}, a bank account
 * as {@code Othr/Id} with scheme code {@code BBAN} (clearing + account number), a plusgiro as a
 * BBAN in Nordea Plusgirot's clearing 9960 (the form the Swedish banks' ISO 20022 guidelines
 * use). NbOfTxs and CtrlSum are computed from the lines; amounts come from
 * {@code Money.toPlainString()}, never from a floating-point value.
 */
public final class Pain001Exporter {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final DateTimeFormatter CRE_DT_TM = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    public void skriv(Utbetalningsorder order, OutputStream ut) {
        skriv(order, Optional.empty(), ut);
    }

    /**
     * Writes the order; {@code ankare}, the audit chain's head at the export (ADR 0004), goes in
     * an XML comment before the root element: outside the message's content, so the schema and
     * the bank ignore it, yet it stays in the file that leaves the database.
     */
    public void skriv(Utbetalningsorder order, Optional<Granskningsankare> ankare, OutputStream ut) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(ut, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            if (ankare.isPresent()) {
                w.writeCharacters("\n");
                w.writeComment(" Bistånd granskningskedja: " + ankare.get().text() + " ");
                w.writeCharacters("\n");
            }
            w.writeStartElement("Document");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeStartElement("CstmrCdtTrfInitn");
            skrivGruppHuvud(w, order);
            skrivBetalningsinformation(w, order);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write pain.001", e);
        }
    }

    private static void skrivGruppHuvud(XMLStreamWriter w, Utbetalningsorder order) throws XMLStreamException {
        w.writeStartElement("GrpHdr");
        text(w, "MsgId", order.filMeddelandeId());
        text(w, "CreDtTm", order.skapad().truncatedTo(ChronoUnit.SECONDS).format(CRE_DT_TM));
        text(w, "NbOfTxs", Integer.toString(order.rader().size()));
        text(w, "CtrlSum", order.summa().toPlainString());
        w.writeStartElement("InitgPty");
        skrivPart(w, order.avsandare());
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void skrivBetalningsinformation(XMLStreamWriter w, Utbetalningsorder order) throws XMLStreamException {
        Utbetalningsorder.Avsandare avsandare = order.avsandare();
        w.writeStartElement("PmtInf");
        text(w, "PmtInfId", order.filMeddelandeId() + "-1");
        text(w, "PmtMtd", "TRF");
        text(w, "NbOfTxs", Integer.toString(order.rader().size()));
        text(w, "CtrlSum", order.summa().toPlainString());
        text(w, "ReqdExctnDt", order.betalningsdag().toString());
        w.writeStartElement("Dbtr");
        skrivPart(w, avsandare);
        w.writeEndElement();
        w.writeStartElement("DbtrAcct");
        w.writeStartElement("Id");
        if (avsandare.iban() != null) {
            text(w, "IBAN", avsandare.iban());
        } else {
            skrivOvrigtKonto(w, avsandare.konto());
        }
        w.writeEndElement();
        text(w, "Ccy", "SEK");
        w.writeEndElement();
        w.writeStartElement("DbtrAgt");
        w.writeStartElement("FinInstnId");
        if (avsandare.bic() != null) {
            text(w, "BIC", avsandare.bic());
        } else {
            w.writeStartElement("Othr");
            text(w, "Id", "NOTPROVIDED");
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        text(w, "ChrgBr", "SLEV");
        for (Utbetalningsorder.Rad rad : order.rader()) {
            skrivTransaktion(w, rad);
        }
        w.writeEndElement();
    }

    private static void skrivTransaktion(XMLStreamWriter w, Utbetalningsorder.Rad rad) throws XMLStreamException {
        w.writeStartElement("CdtTrfTxInf");
        w.writeStartElement("PmtId");
        text(w, "EndToEndId", rad.endToEndId());
        w.writeEndElement();
        w.writeStartElement("Amt");
        w.writeStartElement("InstdAmt");
        w.writeAttribute("Ccy", "SEK");
        w.writeCharacters(rad.belopp().toPlainString());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("Cdtr");
        text(w, "Nm", begransa(rad.mottagare(), 70));
        w.writeEndElement();
        w.writeStartElement("CdtrAcct");
        w.writeStartElement("Id");
        skrivOvrigtKonto(w, rad.konto());
        w.writeEndElement();
        w.writeEndElement();
        if (!rad.meddelande().isEmpty()) {
            w.writeStartElement("RmtInf");
            text(w, "Ustrd", rad.meddelande());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void skrivPart(XMLStreamWriter w, Utbetalningsorder.Avsandare avsandare) throws XMLStreamException {
        text(w, "Nm", begransa(avsandare.namn(), 70));
        w.writeStartElement("Id");
        w.writeStartElement("OrgId");
        w.writeStartElement("Othr");
        text(w, "Id", avsandare.organisationsnummer().siffror());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** {@code Id/Othr} for a Swedish account: bankgiro (BGNR) or BBAN. */
    private static void skrivOvrigtKonto(XMLStreamWriter w, Kontouppgift konto) throws XMLStreamException {
        String id;
        boolean bankgiro = false;
        if (konto instanceof Bankgiro bg) {
            id = bg.siffror();
            bankgiro = true;
        } else if (konto instanceof Bankkonto bk) {
            id = bk.bban();
        } else {
            id = "9960" + ((Plusgiro) konto).siffror();
        }
        w.writeStartElement("Othr");
        text(w, "Id", id);
        w.writeStartElement("SchmeNm");
        if (bankgiro) {
            text(w, "Prtry", "BGNR");
        } else {
            text(w, "Cd", "BBAN");
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String begransa(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void text(XMLStreamWriter w, String namn, String varde) throws XMLStreamException {
        w.writeStartElement(namn);
        w.writeCharacters(varde);
        w.writeEndElement();
    }
}
