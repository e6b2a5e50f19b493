package org.artclinic.clinic.testsupport;

import java.io.File;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment shared by every in-container test class: the real, self-contained
 * application WAR as built by Maven (target/clinic.war), plus the test classes. Each Payara Micro
 * start costs 10-20 s, so all test classes run against this single instance.
 */
@ArquillianSuiteDeployment
public final class ClinicDeployment {

    private ClinicDeployment() {
    }

    @Deployment(testable = true)
    public static WebArchive application() {
        File war = new File(System.getProperty("clinic.war", "target/clinic.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the application first: " + war + " is missing");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                // only test classes: the application's own classes are in the WAR already, and
                // adding them twice would deploy every EJB twice
                .addPackages(true, path -> isTestClass(path.get()), "org.artclinic.clinic")
                .addAsLibrary(openTestRunner())
                // maps each role to a principal so that the As* beans can @RunAs it
                .addAsWebInfResource("arquillian/payara-web.xml", "payara-web.xml")
                // names the run-as principal of each As* bean (Payara's own pick failed for FRONT_DESK)
                .addAsWebInfResource("arquillian/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    /**
     * Every URL of the application needs a signed-in user; Arquillian's own test-runner servlet,
     * which only exists in this test deployment, must stay reachable.
     */
    private static JavaArchive openTestRunner() {
        String fragment = """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <name>arquillian_test_runner_access</name>
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Arquillian test runner</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-fragment>
                """;
        return ShrinkWrap.create(JavaArchive.class, "arquillian-test-runner-access.jar")
                .addAsManifestResource(new StringAsset(fragment), "web-fragment.xml");
    }

    private static boolean isTestClass(String path) {
        if (path.contains("/journey/")) {
            return false; // browser journeys run outside the server
        }
        return path.contains("/testsupport/") || path.matches(".*IT(\\$.*)?\\.class");
    }
}
