package se.bistand.domain.arende;

/** A postal address. Never shown for a person with skyddad identitet. */
public record Adress(String gatuadress, String postnummer, String ort) {

    public static final Adress TOM = new Adress("", "", "");

    public Adress {
        gatuadress = gatuadress == null ? "" : gatuadress.strip();
        postnummer = postnummer == null ? "" : postnummer.strip();
        ort = ort == null ? "" : ort.strip();
    }

    public boolean arTom() {
        return gatuadress.isEmpty() && postnummer.isEmpty() && ort.isEmpty();
    }

    /** One line: {@code Storgatan 1, 123 45 Flen}. */
    public String enRad() {
        String post = (postnummer + " " + ort).strip();
        return gatuadress.isEmpty() ? post : post.isEmpty() ? gatuadress : gatuadress + ", " + post;
    }
}
