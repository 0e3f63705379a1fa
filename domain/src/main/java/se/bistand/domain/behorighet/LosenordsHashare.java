package se.bistand.domain.behorighet;

/** Port: slow, salted password hashing. */
public interface LosenordsHashare {
    String hasha(char[] losenord);

    boolean stammer(char[] losenord, String lagradHash);
}
