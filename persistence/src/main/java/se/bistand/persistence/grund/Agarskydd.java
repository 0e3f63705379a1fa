package se.bistand.persistence.grund;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Local mode (issue 13): the data folder and the database files in it are the OS user's alone —
 * 0700 and 0600 on POSIX systems, an ACL with the owner as its only entry on Windows (NTFS) — so
 * another account on the same computer cannot copy or open the database.
 */
public final class Agarskydd {

    private Agarskydd() {
    }

    /** Restricts {@code mapp} and its database files ({@code bistand.*}) to their owner. */
    public static void begransa(Path mapp) throws IOException {
        skydda(mapp, true);
        try (Stream<Path> filer = Files.list(mapp)) {
            for (Path f : filer.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(Databasanslutning.NAMN + ".")).toList()) {
                skydda(f, false);
            }
        }
    }

    private static void skydda(Path p, boolean mapp) throws IOException {
        if (Files.getFileAttributeView(p, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mapp ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal agare = Files.getOwner(p);
            AclEntry.Builder post = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(agare)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class));
            if (mapp) {
                post.setFlags(EnumSet.of(java.nio.file.attribute.AclEntryFlag.FILE_INHERIT,
                        java.nio.file.attribute.AclEntryFlag.DIRECTORY_INHERIT));
            }
            acl.setAcl(List.of(post.build()));
        }
    }
}
