package se.bistand.app.utbetalning.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import se.bistand.domain.gemensam.DomainException;

/**
 * The official ISO 20022 schema pain.001.001.03 ({@code xsd/pain.001.001.03.xsd}, see its origin
 * in docs/decisions/0001). Every file for the bank is validated against it before it is written:
 * a file the bank would reject is never produced.
 */
public final class Pain001Schema {

    public static final String RESURS = "xsd/pain.001.001.03.xsd";
    private static volatile Schema schema;

    private Pain001Schema() {
    }

    /** The compiled schema (loaded once; the JDK's {@link Schema} is thread-safe). */
    public static Schema schema() {
        Schema s = schema;
        if (s == null) {
            URL xsd = Pain001Schema.class.getClassLoader().getResource(RESURS);
            if (xsd == null) {
                throw new IllegalStateException(RESURS + " is missing from the application");
            }
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                s = f.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("could not read " + RESURS, e);
            }
            schema = s;
        }
        return s;
    }

    /** Refuses (with the validator's reason) a pain.001 document that does not follow the schema. */
    public static void validera(byte[] xml) {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new DomainException("utbetalning.exportOgiltig", e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
