package io.downtime.build;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * fleet/pom.xml compiles this project's sources (the domain for the job jar, cli/ and report/ as test code), so
 * it needs every library they import. A dependency added to the root pom alone broke the fleet's build on main
 * once (picocli-codegen, for analyzer gen-manpage) while this suite, the one engineers run before merging,
 * passed: here it fails instead.
 */
class FleetPomTest {
    /** A logging binding no source imports; Spark brings its own. */
    private static final Set<String> NOT_IMPORTED = Set.of("org.slf4j:slf4j-nop");

    @Test
    void everyLibraryTheSourcesUseIsInTheFleetsPomToo() throws Exception {
        Set<String> root = compileDependencies(Path.of("pom.xml"));
        Set<String> fleet = allDependencies(Path.of("fleet/pom.xml"));
        assertTrue(root.contains("info.picocli:picocli"), "root dependencies: " + root);
        Set<String> missing = new LinkedHashSet<>(root);
        missing.removeAll(fleet);
        missing.removeAll(NOT_IMPORTED);
        assertEquals(Set.of(), missing, "in pom.xml but not in fleet/pom.xml (add them there, test scope for cli/ and"
                + " report/ only)");
    }

    private static Set<String> compileDependencies(Path pom) throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (Element dependency : dependencies(pom)) {
            String scope = text(dependency, "scope");
            if (scope.isEmpty() || scope.equals("compile")) {
                names.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            }
        }
        return names;
    }

    private static Set<String> allDependencies(Path pom) throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (Element dependency : dependencies(pom)) {
            names.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
        }
        return names;
    }

    /** The project's own dependencies: not dependencyManagement's, not a plugin's. */
    private static Set<Element> dependencies(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Set<Element> found = new LinkedHashSet<>();
        NodeList children = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element && element.getTagName().equals("dependencies")) {
                NodeList list = element.getElementsByTagName("dependency");
                for (int j = 0; j < list.getLength(); j++) {
                    found.add((Element) list.item(j));
                }
            }
        }
        return found;
    }

    private static String text(Element dependency, String tag) {
        NodeList list = dependency.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().trim();
    }
}
