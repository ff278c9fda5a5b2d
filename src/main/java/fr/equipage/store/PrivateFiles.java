package fr.equipage.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data folder holds personal data: readable by its user only. On POSIX, folders 700 and files
 * 600; on Windows, an ACL granting the owner alone (best effort: some file systems have no ACLs).
 * Only what Équipage creates is restricted; a folder the organiser already had keeps its rights.
 */
final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the folder and its missing parents; the ones created here are private. */
    static void createFolder(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        boolean existed = Files.isDirectory(absolute);
        Files.createDirectories(absolute);
        if (!existed) {
            // Only the folder itself is restricted: the missing parents may be ordinary folders of the user's.
            restrict(absolute, true);
        }
    }

    /** Makes a file or folder Équipage created readable by its owner only; failures are ignored. */
    static void restrict(Path p, boolean folder) {
        try {
            if (POSIX) {
                Files.setPosixFilePermissions(p, folder ? FOLDER : FILE);
            } else {
                ownerOnlyAcl(p);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Best effort: a file system without permissions (FAT key, network share) still works.
        }
    }

    private static void ownerOnlyAcl(Path p) throws IOException {
        AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (view == null) {
            return;
        }
        UserPrincipal owner = view.getOwner();
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build();
        view.setAcl(List.of(entry));
    }
}
