package se.bistand.domain.arende;

import java.time.LocalDate;

/**
 * Input to create a person. {@code identitet} is a personnummer or samordningsnummer as typed
 * (10 or 12 digits, spaces and dash tolerated); with {@code reservnummer} it is ignored and
 * {@code fodelsedatum} plus {@code reservSkal} are required instead.
 */
public record NyPerson(String identitet, boolean reservnummer, String reservSkal, LocalDate fodelsedatum,
                       String fornamn, String efternamn, Adress adress, String telefon, String epost,
                       boolean skyddadIdentitet, boolean hotOchVald) {

    public static NyPerson med(String personnummer, String fornamn, String efternamn) {
        return new NyPerson(personnummer, false, null, null, fornamn, efternamn, Adress.TOM, "", "", false, false);
    }

    public NyPerson medAdress(Adress a, String tel, String mejl) {
        return new NyPerson(identitet, reservnummer, reservSkal, fodelsedatum, fornamn, efternamn, a, tel, mejl,
                skyddadIdentitet, hotOchVald);
    }

    public NyPerson skyddad() {
        return new NyPerson(identitet, reservnummer, reservSkal, fodelsedatum, fornamn, efternamn, adress, telefon,
                epost, true, hotOchVald);
    }

    public NyPerson medHotOchVald() {
        return new NyPerson(identitet, reservnummer, reservSkal, fodelsedatum, fornamn, efternamn, adress, telefon,
                epost, skyddadIdentitet, true);
    }
}
