package io.mcpbench.compare.report;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The strict readers the report formats are checked with in tests (CSV: {@link Rfc4180}). */
public final class StrictReaders {

    /** Jackson refusing duplicate names, trailing tokens, and NaN or Infinity as numbers (the default). */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictReaders() {
    }

    /** {@code bytes} as UTF-8, refusing any malformed sequence (an encoded unpaired surrogate included). */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Validates {@code xml} against {@code junit-10.xsd}, the schema of Jenkins' xUnit plugin (test resource, MIT). */
    public static void junit(String xml) throws Exception {
        try {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(StrictReaders.class.getResource("/junit-xsd/junit-10.xsd"))
                    .newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new SAXException("not valid against junit-10.xsd: " + e.getMessage(), e);
        }
    }

    /** Parses {@code xml} with a namespace-unaware DOM parser that refuses DOCTYPEs. */
    public static org.w3c.dom.Document xml(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
    }
}
