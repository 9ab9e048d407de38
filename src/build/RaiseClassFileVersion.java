import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step, run by the pom after the jar is shaded (a single-file program: {@code java -cp asm.jar
 * RaiseClassFileVersion.java JAR PREFIX...}): rewrites the classes under each PREFIX whose class file
 * version is older than Java 6 (49, Java 5) as Java 8 class files (52), with the stack map frames that
 * version requires, computed by ASM. Nothing else of a class changes: same instructions, constants,
 * members and attributes.
 *
 * <p>Why: class data sharing takes no class file older than version 50 ("Pre JDK 6 class not supported by
 * CDS"), and picocli's jar is Java 5's. Every start of the analyzer read picocli's 180-odd classes from the
 * jar and verified them with the old inferencing verifier, about a third of its start-up
 * (docs/performance.md, "Start-up"). As version 52 they go into the launcher's class-data archive.
 *
 * <p>The rewritten classes are then loaded and linked in a JVM of their own (this one), so that a class
 * the verifier would refuse fails the build, not a user's run: from version 51 the JVM has no fallback to
 * the old verifier.
 */
public final class RaiseClassFileVersion {
    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp asm.jar RaiseClassFileVersion.java JAR PREFIX...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".raised");
        List<String> raised = rewrite(jar, rewritten, prefixes);
        checkLinks(rewritten, raised);
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("RaiseClassFileVersion: " + raised.size() + " classes under " + prefixes
                + " raised to class file version 52 in " + jar.getFileName());
    }

    /** Copies the jar entry by entry, in order (the manifest stays first), raising the old classes under the prefixes. */
    private static List<String> rewrite(Path jar, Path target, List<String> prefixes) throws IOException {
        List<String> raised = new ArrayList<>();
        try (ZipFile in = new ZipFile(jar.toFile());
             URLClassLoader types = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (var stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (isOldClassUnder(entry.getName(), bytes, prefixes)) {
                    bytes = raise(bytes, types);
                    raised.add(entry.getName());
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        return raised;
    }

    private static boolean isOldClassUnder(String name, byte[] bytes, List<String> prefixes) {
        if (!name.endsWith(".class") || bytes.length < 8 || prefixes.stream().noneMatch(name::startsWith)) {
            return false;
        }
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        return major < JAVA_6;
    }

    private static byte[] raise(byte[] bytes, ClassLoader types) {
        ClassReader reader = new ClassReader(bytes);
        // COMPUTE_FRAMES asks for the common superclass of two types at a join: looked up in the jar itself.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /**
     * Loads and links every raised class from the new jar; linking runs the verifier on the new frames.
     * A class that cannot be initialised here for another reason (a library it needs is absent) is not
     * this step's concern, but a VerifyError or ClassFormatError is.
     */
    private static void checkLinks(Path jar, List<String> raised) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String entry : raised) {
                String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                try {
                    Class.forName(name, true, loader);
                } catch (VerifyError | ClassFormatError e) {
                    Files.deleteIfExists(jar);
                    throw new IllegalStateException(entry + " does not verify once raised to version 52: " + e, e);
                } catch (LinkageError | ReflectiveOperationException e) {
                    // not a verification failure (e.g. an optional class missing when it is initialised)
                }
            }
        }
    }
}
